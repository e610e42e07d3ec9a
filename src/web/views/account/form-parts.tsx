// Pieces of the account and admin forms: the hidden CSRF field, labelled inputs and the notice/error line.
import type { Child } from 'hono/jsx';

/** The hidden CSRF field every form of a signed-in page carries. */
export function CsrfField({ token }: { token: string | undefined }) {
  return token ? <input type="hidden" name="_csrf" value={token} /> : '';
}

export function TextField(props: { id?: string; name: string; label: string; type?: 'text' | 'email' | 'password'; value?: string; required?: boolean; autocomplete?: string; maxlength?: number }) {
  const id = props.id ?? `f-${props.name}`;
  return (
    <p>
      <label for={id}>{props.label}</label>
      <input id={id} name={props.name} type={props.type ?? 'text'} value={props.value ?? ''} required={props.required ?? true}
        autocomplete={props.autocomplete} maxlength={props.maxlength ?? 200} />
    </p>
  );
}

/** A status line: `error` in the alert role (read out by screen readers), otherwise a plain notice. */
export function Notice({ error, notice }: { error?: string | undefined; notice?: Child }) {
  if (error) return <p class="notice" role="alert">{error}</p>;
  return notice ? <p class="notice" role="status">{notice}</p> : '';
}
