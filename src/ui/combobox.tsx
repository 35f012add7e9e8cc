import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface ComboboxProps<T> {
  /** The field's accessible name. */
  label: string;
  /** Shown as a `<label>` above the field (a form field), or only as its accessible name (the header's search box). */
  isLabelShown: boolean;
  /**
   * `searchbox`: a search field found by its name, emptied by Esc (the header's place search);
   * `combobox`: a form field (WAI-ARIA 1.2 combobox) whose Esc closes the list and keeps the words.
   */
  role: 'searchbox' | 'combobox';
  /** The options for the words typed, best first (none for an empty query); kept stable (useCallback), it runs once per query. */
  results(query: string): readonly T[];
  optionKey(item: T): string;
  renderOption(item: T): ReactNode;
  /** What the field holds once an option is chosen: its name (a form field) or '' (a search box). */
  queryAfterChoice(item: T): string;
  onChoose(item: T): void;
  placeholder: string;
  /** The words shown in the list when nothing matches. */
  noMatch(query: string): string;
  /** The number of options, said to a screen reader as the list changes. */
  resultCount(count: number): string;
  className: string;
  initialQuery?: string;
  /** The list shows from the start (words picked for the user, like a selection in the text). */
  isInitiallyOpen?: boolean;
  disabled?: boolean;
  onFocus?(): void;
  /** A line under the options (what Enter will do), shown while they are. */
  hint?: ReactNode;
  optionData?(item: T): Record<`data-${string}`, string>;
}

/**
 * Every place field of the app — the header's search, the review cards', the incident form's —
 * is this one listbox pattern (WAI-ARIA 1.2): typing lists options; the arrows move the active
 * one (named by aria-activedescendant, so the focus stays in the field); Enter chooses it and never
 * submits a half-chosen form; Esc closes one thing per press; a click chooses without the field's
 * blur closing the list first.
 */
export function Combobox<T>(props: ComboboxProps<T>) {
  const { label, role, results: resultsFor, optionKey, renderOption, onChoose, className } = props;
  const id = useId();
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [isOpen, setOpen] = useState(props.isInitiallyOpen ?? false);
  const [active, setActive] = useState(0);
  const results = useMemo(() => resultsFor(query), [resultsFor, query]);
  const hasQuery = query.trim() !== '';
  const isListShown = isOpen && hasQuery;
  const activeIndex = Math.min(active, Math.max(0, results.length - 1));
  const optionId = (index: number) => `${id}-option-${index}`;
  const listId = `${id}-listbox`;

  const choose = (item: T) => {
    setQuery(props.queryAfterChoice(item));
    setOpen(false);
    setActive(0);
    onChoose(item);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // The first press on a closed list opens it on its first (or, going up, its last) option.
      setActive(isListShown ? (activeIndex + step + results.length) % results.length : step > 0 ? 0 : results.length - 1);
      setOpen(true);
    } else if (event.key === 'Enter') {
      const item = isListShown ? results[activeIndex] : undefined;
      if (item !== undefined) {
        event.preventDefault();
        choose(item);
      }
    } else if (event.key === 'Escape') {
      const isSearch = role === 'searchbox';
      if (!isListShown && !(isSearch && hasQuery)) return; // nothing of the field's to close: Esc goes on to what is around it
      event.preventDefault();
      event.stopPropagation();
      event.nativeEvent.stopImmediatePropagation();
      if (isSearch) setQuery('');
      setOpen(false);
    }
  };

  const input = (
    <input
      id={`${id}-input`}
      type={role === 'searchbox' ? 'search' : 'text'}
      role={role === 'combobox' ? 'combobox' : undefined}
      aria-label={props.isLabelShown ? undefined : label}
      aria-autocomplete="list"
      aria-expanded={role === 'combobox' ? isListShown : undefined}
      aria-controls={listId}
      aria-activedescendant={isListShown && results.length > 0 ? optionId(activeIndex) : undefined}
      aria-describedby={`${id}-count`}
      autoComplete="off"
      spellCheck={false}
      value={query}
      disabled={props.disabled}
      placeholder={props.placeholder}
      onFocus={props.onFocus}
      onChange={(event) => {
        setQuery(event.target.value);
        setOpen(true);
        setActive(0);
      }}
      onKeyDown={onKeyDown}
      onBlur={() => setOpen(false)}
    />
  );
  return (
    <div className={`combobox ${className}`}>
      {props.isLabelShown && <label htmlFor={`${id}-input`}>{label}</label>}
      {input}
      <span id={`${id}-count`} className="visually-hidden" aria-live="polite">
        {isListShown ? props.resultCount(results.length) : ''}
      </span>
      <ul id={listId} role="listbox" aria-label={label} className="combobox-options" hidden={!isListShown}>
        {isListShown && results.length === 0 && (
          <li className="combobox-note" role="presentation">
            {props.noMatch(query.trim())}
          </li>
        )}
        {isListShown &&
          results.map((item, index) => (
            <li
              key={optionKey(item)}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="combobox-option"
              {...props.optionData?.(item)}
              // Chosen on mouse down, before the field's blur could close the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(item);
              }}
              onMouseEnter={() => setActive(index)}
            >
              {renderOption(item)}
            </li>
          ))}
        {isListShown && results.length > 0 && props.hint && (
          <li className="combobox-note" role="presentation">
            {props.hint}
          </li>
        )}
      </ul>
    </div>
  );
}
