'use client';
/**
 * Copies the text of a read-only field. navigator.clipboard needs a secure context and permission; when
 * it is missing or refused, the field's text is selected so Ctrl/Cmd+C finishes the job.
 */
import { useState } from 'react';

/** The button's three states, in the page's language (passed from the server: no dictionary in the browser). */
export interface CopyButtonText {
  copy: string;
  copied: string;
  select: string;
}

const ENGLISH: CopyButtonText = { copy: 'Copy', copied: 'Copied', select: 'Press Ctrl+C' };

export function CopyButton({ targetId, label, text = ENGLISH }: { targetId: string; label: string; text?: CopyButtonText }) {
  const [state, setState] = useState<'idle' | 'copied' | 'select'>('idle');

  async function copy() {
    const field = document.getElementById(targetId) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!field) return;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(field.value);
      setState('copied');
    } catch {
      field.focus();
      field.select();
      setState('select');
    }
    window.setTimeout(() => setState('idle'), 2500);
  }

  return (
    <button type="button" onClick={copy} aria-label={label} data-testid={`copy-${targetId}`} style={{ minWidth: '6.5em' }}>
      <span aria-live="polite">{state === 'copied' ? text.copied : state === 'select' ? text.select : text.copy}</span>
    </button>
  );
}
