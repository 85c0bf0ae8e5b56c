import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useInsideWindow } from './use-inside-window';

interface PopoverProps {
  /** The button's accessible name and text. */
  label: string;
  /** 'menu' for lists of actions, 'dialog' for small forms (non-modal). */
  kind: 'menu' | 'dialog';
  /** Accessible name of the popup, when it differs from the button's. */
  title?: string;
  className?: string;
  children: ReactNode;
}

const CloseContext = createContext<() => void>(() => undefined);

/** Closes the enclosing popover (for menu items and form buttons inside it). */
export const usePopoverClose = (): (() => void) => useContext(CloseContext);

/**
 * A button with a non-modal popup under it: Escape or a click elsewhere closes it and focus
 * returns to the button, so every action in it stays reachable from the keyboard.
 */
export function Popover({ label, kind, title, className, children }: PopoverProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popup = useRef<HTMLDivElement>(null);
  useInsideWindow(popup, open);
  useEffect(() => {
    if (!open) return;
    const outside = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div
      className={`popover-root ${className ?? ''}`}
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="btn"
        aria-haspopup={kind === 'menu' ? 'menu' : 'dialog'}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        {label}
      </button>
      {open ? (
        <div ref={popup} id={id} role={kind} aria-label={title ?? label} className="popover">
          <CloseContext.Provider value={close}>{children}</CloseContext.Provider>
        </div>
      ) : null}
    </div>
  );
}
