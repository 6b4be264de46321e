/**
 * Escaping for the markup this module builds as strings (embed HTML, SVG images, snippets). Every piece of
 * data that reaches markup goes through one of these, so a stock named `<script>` or `A & B` stays text.
 */

/** Text or attribute value for HTML and SVG: the summary chart's escaper, shared so there is one. */
export { escapeXml } from '@/lib/charts/summary-svg';

/** Escapes for Markdown link/image text: brackets and backslashes would end or bend the syntax. */
export function escapeMarkdownText(value: string): string {
  return value.replace(/[\\[\]]/g, (ch) => `\\${ch}`);
}
