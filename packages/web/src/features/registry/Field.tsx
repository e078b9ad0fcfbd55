import type { ReactNode } from 'react';

/** A labelled input with its inline message; the message is tied to the input for screen readers. */
export function Field(props: {
  id: string;
  label: string;
  error?: string | undefined;
  children: ReactNode;
  hint?: string;
}) {
  return (
    <div className={props.error ? 'field invalid' : 'field'}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.hint && !props.error && <span className="muted small">{props.hint}</span>}
      {props.error && (
        <span className="error small" id={`${props.id}-error`} role="alert" data-testid={`${props.id}-error`}>
          {props.error}
        </span>
      )}
    </div>
  );
}
