/**
 * `fetch` that treats an HTTP error as a failure: a 404 or 500 page is not
 * the JSON the caller asked for, and reading it as such would fail later
 * with a message that names neither the URL nor the status.
 */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
