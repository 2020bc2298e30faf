// The copy buttons of "Cite this page", one after each format's label: each puts its citation on the clipboard
// and says so in a live region.
export function enableCopy(details: HTMLElement) {
  if (!navigator.clipboard) return;
  const status = details.appendChild(document.createElement('p'));
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  for (const block of details.querySelectorAll('pre')) {
    const label = block.previousElementSibling!;
    const format = label.textContent!;
    const button = label.appendChild(document.createElement('button'));
    button.type = 'button';
    button.className = 'link ml-3 normal-case tracking-normal';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', `Copy ${format}`);
    button.addEventListener('click', async () => {
      status.textContent = '';
      try {
        await navigator.clipboard.writeText(block.textContent!);
        status.textContent = `Copied ${format}`;
      } catch {
        status.textContent = 'Could not copy: select the text and copy it instead.';
      }
    });
  }
}
