import { useEffect, useId, useRef, type SyntheticEvent } from 'react';

/**
 * A <dialog> shown modal once mounted (focus stays inside it); where showModal is missing (an
 * older test DOM) it is simply opened. Escape does not close it: `onEscape` decides, so a dialog
 * can refuse while its work runs. Spread `dialogProps` on the <dialog> and give its title `titleId`.
 */
export function useModalDialog(onEscape: () => void) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, []);

  const dialogProps = {
    ref,
    'aria-labelledby': titleId,
    onCancel: (event: SyntheticEvent<HTMLDialogElement>) => {
      event.preventDefault();
      onEscape();
    },
  };
  return { titleId, dialogProps };
}
