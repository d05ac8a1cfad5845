// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeleteEverything } from '@/components/DeleteEverything';
import { t } from '../i18n';

afterEach(cleanup);

/** Lets the component's queued focus run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('DeleteEverything', () => {
  it('asks with the focus on "Keep my data", never on the button that deletes', async () => {
    const onDelete = vi.fn().mockResolvedValue(undefined);
    render(() => <DeleteEverything onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: t('data.delete') }));
    await settle();
    expect(document.activeElement?.textContent).toBe(t('data.confirmNo'));
    expect(document.activeElement).not.toBe(screen.getByRole('button', { name: t('data.confirmYes') }));
    // Keep: nothing deleted, and the focus goes back to where the person started.
    fireEvent.click(document.activeElement as HTMLElement);
    expect(onDelete).not.toHaveBeenCalled();
    expect(document.activeElement?.textContent).toBe(t('data.delete'));
  });

  it('deletes only on "Yes, delete everything", and says so', async () => {
    const onDelete = vi.fn().mockResolvedValue(undefined);
    render(() => <DeleteEverything onDelete={onDelete} />);
    fireEvent.click(screen.getByRole('button', { name: t('data.delete') }));
    fireEvent.click(screen.getByRole('button', { name: t('data.confirmYes') }));
    expect(onDelete).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(t('data.deleted')));
  });

  it('on the lock screen, asks for the typed word first: without it, or with another, nothing is deleted', async () => {
    const onDelete = vi.fn().mockResolvedValue(undefined);
    render(() => <DeleteEverything onDelete={onDelete} typed />);
    fireEvent.click(screen.getByRole('button', { name: t('data.delete') }));
    const word = screen.getByRole('textbox', { name: t('data.typeToDelete', [t('data.deleteWord')]) });
    fireEvent.click(screen.getByRole('button', { name: t('data.confirmYes') }));
    expect(onDelete).not.toHaveBeenCalled();
    expect(screen.getByText(t('data.typeToDeleteError', [t('data.deleteWord')]))).toBeTruthy();
    fireEvent.input(word, { target: { value: 'remove' } });
    fireEvent.click(screen.getByRole('button', { name: t('data.confirmYes') }));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.input(word, { target: { value: ` ${t('data.deleteWord').toUpperCase()} ` } });
    fireEvent.click(screen.getByRole('button', { name: t('data.confirmYes') }));
    expect(onDelete).toHaveBeenCalledOnce();
  });
});
