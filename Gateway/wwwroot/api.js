// Talking to the Scoring API: the sign-in token, JSON with ProblemDetails errors, and ETags for live figures.

const TOKEN_KEY = "scoring.token";

/** An answer the API refused, with its status and ProblemDetails (when it sent one). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/**
 * The sign-in link carries the token in the fragment (#token=...): keep it for this tab and take it out of the
 * address bar, so it is neither bookmarked nor shown. Returns the token this tab holds, or null.
 */
export function takeToken() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const token = fragment.get("token");
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    history.replaceState(null, "", location.pathname + location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** The JWT's payload (base64url JSON): who (sub), what they may see (unit) and their role. Null when unreadable. */
export function readClaims(token) {
  try {
    const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const bytes = Uint8Array.from(atob(payload), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

export function createApi(token) {
  const headers = token ? { Authorization: `Bearer ${token}` } : {};

  /**
   * GETs a path of the API. With an etag, a 304 answers { changed: false }; otherwise { changed: true, body, etag }.
   * "no-store" hands the 304 to the page instead of the browser's cache answering it.
   */
  async function get(path, etag) {
    const response = await fetch(`/api/v1${path}`, {
      headers: etag ? { ...headers, "If-None-Match": etag } : headers,
      cache: "no-store",
    });
    if (response.status === 304) {
      return { changed: false };
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw new ApiError(response.status, problem);
    }
    return { changed: true, body: await response.json(), etag: response.headers.get("ETag") };
  }

  return {
    years: async () => (await get("/years")).body,
    unit: (year, id, compare, etag) =>
      get(`/years/${year}/units/${encodeURIComponent(id)}${compare ? `?compare=${compare}` : ""}`, etag),
    children: async (year, id, { offset, limit, orderBy, desc }) =>
      (await get(`/years/${year}/units/${encodeURIComponent(id)}/children?offset=${offset}&limit=${limit}&orderBy=${orderBy}&desc=${desc}`)).body,
    search: async (year, text) => (await get(`/years/${year}/units?q=${encodeURIComponent(text)}&limit=20`)).body,
    report: (year, id, format) => download(`/years/${year}/units/${encodeURIComponent(id)}/report.${format}`),
  };

  /**
   * Saves a report file. A plain link would not carry the token, so the file is fetched with it and handed to the
   * browser as a download under the name the Gateway gives it.
   */
  async function download(path) {
    const response = await fetch(`/api/v1${path}`, { headers, cache: "no-store" });
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw new ApiError(response.status, problem);
    }
    const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? path.split("/").at(-1);
    const address = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement("a"), { href: address, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(address), 10_000);
  }
}
