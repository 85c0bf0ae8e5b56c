/**
 * The page a browser gets for the app's address with a missing or old token: most often a tab
 * left open while the host restarted with a new token. It says what happened and where the new
 * link is, instead of a bare "401". Static text: no script, no token, nothing from the request.
 */
export const earlierRunPage = (): string => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="color-scheme" content="light dark" />
    <link rel="icon" href="data:," />
    <title>PageScope: open the new link</title>
  </head>
  <body>
    <main>
      <h1>This PageScope link is from an earlier run</h1>
      <p>
        PageScope's browser mode opens only with the one-time token of its current run, and this
        address has none or an old one: the host has restarted since this tab was opened.
      </p>
      <p>
        Open the link the host printed when it started, in the terminal where
        <code>npm run web</code> (or <code>npm start</code>) runs. It reads
        <code>PageScope: http://127.0.0.1:PORT/?token=…</code>. If the host is no longer running,
        start it again with <code>npm run web</code>.
      </p>
    </main>
  </body>
</html>
`;
