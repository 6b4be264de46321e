'use client';
/**
 * Copies the text of a read-only field. navigator.clipboard needs a secure context and permission; when
 * it is missing or refused, the field's text is selected so Ctrl/Cmd+C finishes the job.
 */
import { useState } from 'react';

export function CopyButton({ targetId, label }: { targetId: string; label: string }) {
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
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'select' ? 'Press Ctrl+C' : 'Copy'}</span>
    </button>
  );
}
