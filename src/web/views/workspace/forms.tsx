// Small pieces of the follow-up forms: the hidden CSRF field every form carries, labelled inputs and
// status/priority choices. Every value is stored text, escaped by JSX on output.
import type { Child } from 'hono/jsx';
import type { Locale, MessageKey } from '../../../core/index.js';

/** Name of the form field carrying the CSRF token. */
export const CSRF_FIELD = '_csrf';

export function CsrfField(props: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={props.token} />;
}

export function Field(props: { label: string; name: string; value?: string | null; type?: string; required?: boolean; maxlength?: number }) {
  return (
    <p><label>{props.label}<br /><input type={props.type ?? 'text'} name={props.name} value={props.value ?? ''} required={props.required} maxlength={props.maxlength} /></label></p>
  );
}

export function FileField(props: { label: string; name: string; accept: string }) {
  return <p><label>{props.label}<br /><input type="file" name={props.name} accept={props.accept} /></label></p>;
}

export function Area(props: { label: string; name: string; value?: string | null; required?: boolean }) {
  return <p><label>{props.label}<br /><textarea name={props.name} rows={4} cols={70} required={props.required} maxlength={20000}>{props.value ?? ''}</textarea></label></p>;
}

export function Choice(props: { loc: Locale; label: string; name: string; values: readonly string[]; prefix: string; value?: string | null }) {
  return (
    <p><label>{props.label}<br />
      <select name={props.name} required>
        {props.values.map((v) => <option value={v} selected={v === props.value}>{props.loc.t(`${props.prefix}${v}` as MessageKey)}</option>)}
      </select></label></p>
  );
}

export function PostForm(props: { action: string; csrf: string; children: Child; multipart?: boolean; button: string }) {
  return (
    <form method="post" action={props.action} enctype={props.multipart ? 'multipart/form-data' : undefined}>
      <CsrfField token={props.csrf} />
      {props.children}
      <p><button type="submit">{props.button}</button></p>
    </form>
  );
}
