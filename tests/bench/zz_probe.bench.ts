import { launch, openExtensionPage } from '../e2e/harness';
import { writeStores } from './browser';
import { note } from './harness';

const s = await launch();
try {
  const page = await openExtensionPage(s, 'options.html#help');
  const now = Date.now();
  await writeStores(page, {
    urges: Array.from({ length: 100_000 }, (_, i) => ({
      id: `u${i}`,
      at: now - i * 60_000 * 20,
      strength: i % 11,
      triggers: ['lonely'],
      createdAt: now,
      updatedAt: now,
    })),
  });
  for (let i = 0; i < 3; i++) {
    const p = await s.context.newPage();
    p.on('console', (m) => note(m.text()));
    await p.goto(`chrome-extension://${s.extensionId}/options.html#insights`);
    await p.getByRole('figure').first().waitFor({ timeout: 60000 });
    await p.close();
  }
} finally {
  await s.close();
  await s.web.stop();
}
