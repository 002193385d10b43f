/**
 * Comparison pages of two versions used to be prerendered at /{company}/toms/compare/{from}/{to}/;
 * now the compare page does it in the browser. Links to the old addresses (cited in mails and
 * contracts) reach the 404 page, which sends them on to the compare page with both versions in
 * the query — no page per pair needed to keep them working.
 */
const legacy = /^((?:\/en)?\/[^/]+\/toms\/compare\/)([^/]+)\/([^/]+)\/?$/.exec(location.pathname)
if (legacy) {
  const [, page, from, to] = legacy
  location.replace(
    `${page}?${new URLSearchParams({ from: decodeURIComponent(from!), to: decodeURIComponent(to!) })}${location.hash}`,
  )
}
