// The page leaders open: a unit's year, its organizations and members by level, its children, live.
import { ApiError, createApi, readClaims, takeToken } from "./api.js";
import { savedLanguage, saveLanguage, translator } from "./i18n.js";
import { drawEach, drawLevels, LEVEL_COLOURS } from "./charts.js";

const POLL_MILLISECONDS = 2000;
const PAGE_SIZE = 25;
const KINDS = ["nation", "city", "upper", "grassroots", "partial", "cell"];
// The children orders the API ranks by itself; the others sort the page in hand.
const SERVER_ORDERS = ["id", "score", "httnvPlusShare", "khtnv"];

const token = takeToken();
const claims = token ? readClaims(token) : null;
const api = createApi(token);
const $ = (id) => document.getElementById(id);

const state = {
  language: savedLanguage(),
  years: [],
  year: null,
  compare: null,
  start: null, // the unit the user may see: the token's
  unitId: null,
  report: null,
  etag: null,
  scope: "subtree",
  known: new Map(), // id → { id, name, parent } of every unit seen, for the breadcrumb
  trail: [],
  children: { offset: 0, orderBy: "id", desc: false, clientSort: null, page: null },
  updatedAt: null,
};
let t = translator(state.language);

// ---- formatting ------------------------------------------------------------------------------------------------

const locale = () => (state.language === "vi" ? "vi-VN" : "en-GB");
const number = (value) => (value == null ? "–" : new Intl.NumberFormat(locale()).format(value));
const percent = (share) =>
  share == null ? "–" : new Intl.NumberFormat(locale(), { style: "percent", maximumFractionDigits: 2 }).format(share);
const escape = (text) =>
  String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
// More at the top levels is better, more KHTNV (YK) worse; other differences are shown without a colour.
const BETTER_WHEN_MORE = { htxsnv: 1, tsvm: 1, httnv: 1, httnvPlus: 1, httnvPlusShare: 1, khtnv: -1, yk: -1 };
const signed = (value, unit = "", field = "") => {
  if (value == null) return "";
  const text = new Intl.NumberFormat(locale(), { maximumFractionDigits: 2, signDisplay: "exceptZero" }).format(value);
  const better = Math.sign(value) * (BETTER_WHEN_MORE[field] ?? 0);
  const direction = better > 0 ? "up" : better < 0 ? "down" : "";
  return `<span class="difference ${direction}">${text}${unit}</span>`;
};
const badge = (level) => `<span class="level ${escape(level)}" title="${escape(t(`levels.${level}`))}">${escape(level)}</span>`;
const kindName = (kind) => t(`kinds.${kind}`);

/** The four rated levels of the year: TSVM and YK in 2014–2017, HTXSNV and KHTNV since. */
function levelsOf(tally) {
  return tally && "tsvm" in tally ? ["tsvm", "httnv", "htnv", "yk"] : ["htxsnv", "httnv", "htnv", "khtnv"];
}

// ---- loading -------------------------------------------------------------------------------------------------

function showMessage(error) {
  const message = $("message");
  if (!error) {
    message.hidden = true;
    return;
  }
  const link = `${location.origin}/#token=…`;
  message.textContent =
    error.status === 401 ? t("unauthorized", { link })
    : error.status === 403 ? t("forbidden")
    : t("failed", { detail: error.message });
  message.hidden = false;
}

function remember(report) {
  state.known.set(report.unit, { id: report.unit, name: report.name, parent: report.parent });
}

/** The units from the start down to the shown one's parent, asking the API for those not seen yet. */
async function trailTo(report) {
  const trail = [];
  let parent = report.unit === state.start ? null : report.parent;
  while (parent) {
    let known = state.known.get(parent);
    if (!known) {
      const { body } = await api.unit(state.year, parent);
      remember(body);
      known = state.known.get(parent);
    }
    trail.unshift(known);
    parent = known.id === state.start ? null : known.parent;
  }
  return trail;
}

async function loadYears() {
  state.years = await api.years();
  const select = $("year");
  select.innerHTML = state.years.map((year) => `<option>${year}</option>`).join("");
  const wanted = Number(routeOf().year);
  state.year = state.years.includes(wanted) ? wanted : state.years.at(-1);
  select.value = String(state.year);
}

async function chooseYear(year) {
  state.year = year;
  state.compare = state.years.includes(year - 1) ? year - 1 : null;
  state.known.clear();
  state.start = claims.unit;
}

/** Shows a unit: its report (compared with the year before) and a page of its children. */
async function show(unitId, { keepPage = false } = {}) {
  try {
    if (!keepPage) {
      state.children = { offset: 0, orderBy: "id", desc: false, clientSort: null, page: null };
    }
    // The report and the page of children at once: the first view waits for the slower of the two, not both.
    const [{ body, etag }, page] = await Promise.all([api.unit(state.year, unitId, state.compare), fetchChildren(unitId)]);
    state.unitId = unitId;
    state.report = body;
    state.etag = etag;
    state.children.page = page;
    remember(body);
    state.trail = await trailTo(body);
    showMessage(null);
    state.updatedAt = new Date();
    render();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    // A unit the picked year's tree does not have: that year opens at its start instead.
    if (error.status === 404 && unitId !== state.start) {
      await show(state.start);
      return;
    }
    showMessage(error);
  }
}

async function fetchChildren(unitId) {
  const { offset, orderBy, desc } = state.children;
  const page = await api.children(state.year, unitId, { offset, limit: PAGE_SIZE, orderBy, desc });
  page.children.forEach(remember);
  return page;
}

async function loadChildren() {
  state.children.page = await fetchChildren(state.unitId);
}

/** Asks whether the shown unit changed (its ETag is its version); re-renders only when it did. */
async function poll() {
  if (document.hidden || !state.report) return;
  try {
    const answer = await api.unit(state.year, state.unitId, state.compare, state.etag);
    if (answer.changed) {
      state.report = answer.body;
      state.etag = answer.etag;
      await loadChildren();
      render();
    }
    state.updatedAt = new Date();
    renderLive();
    showMessage(null);
  } catch (error) {
    if (error instanceof ApiError) showMessage(error);
  }
}

async function pollForever() {
  await poll();
  setTimeout(pollForever, POLL_MILLISECONDS);
}

// ---- addresses: #/year/unit, so the back button and links work ------------------------------------------------

function routeOf() {
  const [, year, unit] = location.hash.match(/^#\/(\d{4})\/(.+)$/) ?? [];
  return { year, unit: unit ? decodeURIComponent(unit) : null };
}

function go(unitId) {
  location.hash = `#/${state.year}/${encodeURIComponent(unitId)}`;
}

async function followRoute() {
  const route = routeOf();
  if (route.year && Number(route.year) !== state.year && state.years.includes(Number(route.year))) {
    await chooseYear(Number(route.year));
    $("year").value = String(state.year);
  }
  const unit = route.unit ?? state.start;
  await show(unit, { keepPage: unit === state.unitId });
}

// ---- rendering -----------------------------------------------------------------------------------------------

function render() {
  renderStatic();
  renderBreadcrumb();
  renderUnit();
  renderKinds();
  renderMembers();
  renderTargetsAndQuota();
  renderChildren();
  renderLive();
}

function renderStatic() {
  document.documentElement.lang = state.language;
  document.title = t("title");
  document.querySelectorAll("[data-text]").forEach((element) => (element.textContent = t(element.dataset.text)));
  $("search").placeholder = t("searchPlaceholder");
  $("search-results").setAttribute("aria-label", t("searchResults"));
  const language = $("language");
  language.textContent = t("switchLanguage");
  language.lang = state.language === "vi" ? "en" : "vi";
  language.setAttribute("aria-label", t("switchLanguageLabel"));
  $("members-chart").setAttribute("aria-label", t("membersChartAlt"));
  $("who").textContent = claims
    ? t("who", { name: claims.sub ?? "?", role: t(`roles.${claims.role}`) ?? claims.role })
    : t("whoAnonymous");
}

function renderBreadcrumb() {
  const items = state.trail
    .map((unit) => `<li><a href="#/${state.year}/${encodeURIComponent(unit.id)}">${escape(unit.name)}</a></li>`)
    .concat(`<li aria-current="page">${escape(state.report.name)}</li>`);
  const nav = $("breadcrumb");
  nav.setAttribute("aria-label", t("breadcrumb"));
  nav.innerHTML = `<ol>${items.join("")}</ol>`;
}

function renderUnit() {
  const report = state.report;
  const comparison = report.compare;
  const reasons = report.reasons
    .map((reason) => {
      const label = t(`reasonCodes.${reason.code}`);
      const own = typeof label === "string" && label !== `reasonCodes.${reason.code}`;
      return `<li data-code="${escape(reason.code)}">${own ? `${escape(label)}<span class="sentence" lang="en">${escape(reason.sentence)}</span>` : escape(reason.sentence)}</li>`;
    })
    .join("");
  let compared = `<p class="hint">${escape(t("comparisonNoYear"))}</p>`;
  if (comparison && !comparison.found) {
    compared = `<p class="hint">${escape(t("comparisonNone", { year: comparison.year }))}</p>`;
  } else if (comparison?.level) {
    const steps = comparison.level.difference;
    const stepsText = steps == null ? "" : steps > 0 ? t("stepsUp", { n: steps }) : steps < 0 ? t("stepsDown", { n: -steps }) : t("stepsSame");
    compared = `<p id="level-comparison">${escape(t("levelSteps", { other: comparison.level.other ?? "–", year: comparison.year, steps: stepsText }))}</p>`;
  }
  $("unit").innerHTML = `
    <div class="unit-head">
      <h2 id="unit-name">${escape(report.name)}</h2>
      <span>${badge(report.level)} <span id="unit-level-name">${escape(t(`levels.${report.level}`))}</span></span>
    </div>
    <dl class="facts">
      <div><dt>${escape(t("unitId"))}</dt><dd id="unit-id">${escape(report.unit)}</dd></div>
      <div><dt>${escape(t("kindLabel"))}</dt><dd id="unit-kind">${escape(kindName(report.kind))}</dd></div>
      <div><dt>${escape(t("proposed"))}</dt><dd id="unit-proposed">${badge(report.proposed)}</dd></div>
      <div><dt>${escape(t("decided"))}</dt><dd id="unit-decided">${report.decided ? badge(report.decided) : escape(t("notDecided"))}</dd></div>
      ${report.score == null ? "" : `<div><dt>${escape(t("score"))}</dt><dd id="unit-score">${number(report.score)}</dd></div>`}
      ${report.exemplary ? `<div><dd>${escape(t("exemplary"))}</dd></div>` : ""}
    </dl>
    ${report.decisionNote ? `<p>${escape(t("decidedNote", { note: report.decisionNote }))}</p>` : ""}
    ${compared}
    <p class="downloads">
      <button id="report-xlsx" type="button" data-format="xlsx">${escape(t("reportXlsx"))}</button>
      <button id="report-csv" type="button" data-format="csv">${escape(t("reportCsv"))}</button>
    </p>
    <h3>${escape(t("reasons"))}</h3>
    <ul class="reasons" id="reasons">${reasons}</ul>`;
}

function renderKinds() {
  const report = state.report;
  const tallies = report[state.scope];
  const differences = report.compare?.[state.scope];
  const shown = KINDS.filter((kind) => tallies[kind]);
  const levels = levelsOf(Object.values(tallies)[0]);
  $("kinds-section").hidden = false;
  const head = `<tr><th scope="col">${escape(t("kindColumn"))}</th><th scope="col">${escape(t("total"))}</th>
    ${levels.map((level) => `<th scope="col"><abbr title="${escape(t(`levels.${level.toUpperCase()}`))}">${level.toUpperCase()}</abbr></th>`).join("")}
    <th scope="col">${escape(t("pending"))}</th><th scope="col">${escape(t("notRated"))}</th>
    <th scope="col">${escape(t("httnvPlus"))}</th><th scope="col">${escape(t("httnvPlusShare"))}${report.compare?.found ? `<small>${escape(t("versus", { year: report.compare.year }))}</small>` : ""}</th></tr>`;
  const rows = shown.map((kind) => {
    const tally = tallies[kind];
    const difference = differences?.[kind];
    const cell = (field) => `<td data-field="${field}"><span class="value">${number(tally[field])}</span>${signed(difference?.[field]?.difference, "", field)}</td>`;
    return `<tr data-kind="${kind}"><th scope="row" class="text">${escape(kindName(kind))}</th>${cell("total")}
      ${levels.map(cell).join("")}${cell("pending")}${cell("notRated")}${cell("httnvPlus")}
      <td data-field="httnvPlusShare"><span class="value">${percent(tally.httnvPlusShare)}</span>${signed(difference?.httnvPlusShare?.differencePoints, t("points"), "httnvPlusShare")}</td></tr>`;
  });
  $("kinds-table").innerHTML = `<table id="kinds"><thead>${head}</thead><tbody>${rows.join("")}</tbody></table>`;
  const charted = shown.filter((kind) => tallies[kind].total > 0);
  drawEach($("kinds-charts"), charted.map((kind) => ({
    key: kind,
    caption: `${kindName(kind)} · ${t("httnvPlusShare")} ${percent(tallies[kind].httnvPlusShare)}`,
    labels: [kindName(kind)],
    series: seriesOf(levels, [tallies[kind]]),
    locale: locale(),
  })), t("chartAlt"));
}

function seriesOf(levels, tallies) {
  return [
    ...levels.map((level) => ({ label: level.toUpperCase(), colour: LEVEL_COLOURS[level], values: tallies.map((tally) => tally[level]) })),
    { label: t("pending"), colour: LEVEL_COLOURS.pending, values: tallies.map((tally) => tally.pending ?? 0) },
    { label: t("notRated"), colour: LEVEL_COLOURS.notRated, values: tallies.map((tally) => tally.notRated) },
  ];
}

function renderMembers() {
  const members = state.report.members;
  const difference = state.report.compare?.members;
  const levels = ["htxsnv", "httnv", "htnv", "khtnv"];
  const fields = ["total", ...levels, "notRated", "httnvPlus"];
  const cell = (field) => `<td data-field="${field}"><span class="value">${number(members[field])}</span>${signed(difference?.[field]?.difference, "", field)}</td>`;
  $("members-table").innerHTML = `<table id="members"><thead><tr>
      <th scope="col">${escape(t("total"))}</th>${levels.map((level) => `<th scope="col"><abbr title="${escape(t(`levels.${level.toUpperCase()}`))}">${level.toUpperCase()}</abbr></th>`).join("")}
      <th scope="col">${escape(t("notRated"))}</th><th scope="col">${escape(t("httnvPlus"))}</th><th scope="col">${escape(t("httnvPlusShare"))}</th><th scope="col">${escape(t("disciplined"))}</th>
    </tr></thead><tbody><tr>${fields.map(cell).join("")}
      <td data-field="httnvPlusShare"><span class="value">${percent(members.httnvPlusShare)}</span>${signed(difference?.httnvPlusShare?.differencePoints, t("points"), "httnvPlusShare")}</td>
      ${cell("disciplined")}</tr></tbody></table>`;
  drawLevels($("members-chart"), { labels: [t("members")], series: seriesOf(levels, [{ ...members, pending: 0 }]), locale: locale() });
}

function renderTargetsAndQuota() {
  const { targets, quota } = state.report;
  $("targets").innerHTML = targets?.length
    ? `<table id="targets-table"><thead><tr><th scope="col">${escape(t("targetCode"))}</th><th scope="col">${escape(t("targetValue"))}</th><th scope="col">${escape(t("targetActual"))}</th><th scope="col">${escape(t("targetMet"))}</th></tr></thead><tbody>
      ${targets.map((target) => `<tr><td class="text">${escape(target.code)}</td><td>${number(target.value)} %</td><td>${target.actual == null ? "–" : `${number(target.actual)} %`}</td>
        <td class="${target.met ? "met" : "not-met"}">${escape(t(target.met ? "met" : "notMet"))}</td></tr>`).join("")}</tbody></table>`
    : `<p class="hint">${escape(t("noTargets"))}</p>`;
  const checks = [["children", t("quotaChildren")], ["members", t("quotaMembers")]].filter(([key]) => quota?.[key]);
  $("quota").innerHTML = checks.length
    ? `<ul id="quota-list">${checks.map(([key, label]) => {
        const check = quota[key];
        return `<li data-quota="${key}"><strong>${escape(label)}:</strong> ${escape(t("quotaLine", { htxsnv: number(check.htxsnv), limit: number(check.limit), httnvPlus: number(check.httnvPlus) }))}
          <span class="${check.over ? "over" : "met"}">${escape(t(check.over ? "quotaOver" : "quotaOk"))}</span></li>`;
      }).join("")}</ul>`
    : `<p class="hint">${escape(t("noQuota"))}</p>`;
}

/** The figures each column shows and sorts by. */
const COLUMNS = [
  { key: "id", label: "columnId", value: (child) => child.unit, text: true },
  { key: "name", label: "columnName", value: (child) => child.name, text: true },
  { key: "kind", label: "columnKind", value: (child) => KINDS.indexOf(child.kind), show: (child) => kindName(child.kind), text: true },
  { key: "level", label: "columnLevel", value: (child) => levelRank(child.level), show: (child) => badge(child.level), html: true, text: true },
  { key: "score", label: "columnScore", value: (child) => child.score },
  { key: "httnvPlusShare", label: "columnShare", value: (child) => child.subtree.grassroots?.httnvPlusShare, show: (child) => percent(child.subtree.grassroots?.httnvPlusShare) },
  { key: "khtnv", label: "columnKhtnv", value: (child) => Object.values(child.subtree).reduce((sum, tally) => sum + (tally.khtnv ?? tally.yk ?? 0), 0) },
  { key: "members", label: "columnMembers", value: (child) => child.members.httnvPlusShare, show: (child) => percent(child.members.httnvPlusShare) },
];

/** KHTNV < HTNV < HTTNV < HTXSNV (YK and TSVM in their years); pending and not rated have none. */
function levelRank(level) {
  return { KHTNV: 0, YK: 0, HTNV: 1, HTTNV: 2, HTXSNV: 3, TSVM: 3 }[level] ?? null;
}

function sortedRows(children) {
  const sort = state.children.clientSort;
  if (!sort) return children;
  const column = COLUMNS.find((c) => c.key === sort.key);
  // Without a figure last, either way; then by id, as the API orders ties.
  return [...children].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
    const order = typeof x === "string" ? x.localeCompare(y, locale()) : x - y;
    return (sort.desc ? -order : order) || a.unit.localeCompare(b.unit);
  });
}

function renderChildren() {
  const page = state.children.page;
  const section = $("children-section");
  if (!page || page.total === 0) {
    section.hidden = false;
    $("children").innerHTML = `<p class="hint">${escape(t("childrenNone"))}</p>`;
    $("previous").hidden = $("next").hidden = true;
    $("page-of").textContent = "";
    return;
  }
  section.hidden = false;
  const focused = document.activeElement?.closest?.("#children tr[data-unit]")?.dataset.unit;
  const { orderBy, desc, clientSort } = state.children;
  const head = COLUMNS.map((column) => {
    const server = SERVER_ORDERS.includes(column.key);
    const active = clientSort ? clientSort.key === column.key : orderBy === column.key;
    const descending = clientSort ? clientSort.desc : desc;
    const sort = active ? `aria-sort="${descending ? "descending" : "ascending"}"` : "";
    const note = !server ? `<small>${escape(t("sortWithinPage"))}</small>` : "";
    return `<th scope="col" ${sort} class="${column.text ? "text" : ""}"><button type="button" data-sort="${column.key}">${escape(t(column.label))}${active ? (descending ? " ▼" : " ▲") : ""}</button>${note}</th>`;
  }).join("");
  const rows = sortedRows(page.children).map((child) => `<tr tabindex="0" data-unit="${escape(child.unit)}">${COLUMNS.map((column) => {
    const shown = column.show ? column.show(child) : column.key === "score" ? number(child.score) : column.key === "khtnv" ? number(column.value(child)) : escape(column.value(child));
    return `<td data-field="${column.key}" class="${column.text ? "text" : ""}">${column.html ? shown : column.show ? escape(shown) : shown}</td>`;
  }).join("")}</tr>`).join("");
  $("children").innerHTML = `<table id="children-table"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  if (focused) $("children").querySelector(`tr[data-unit="${CSS.escape(focused)}"]`)?.focus();
  const from = page.offset + 1;
  const to = page.offset + page.children.length;
  $("page-of").textContent = t("pageOf", { from: number(from), to: number(to), total: number(page.total) });
  $("previous").hidden = $("next").hidden = page.total <= PAGE_SIZE;
  $("previous").disabled = page.offset === 0;
  $("next").disabled = to >= page.total;
}

function renderLive() {
  $("live").textContent = state.updatedAt ? t("live", { time: state.updatedAt.toLocaleTimeString(locale()) }) : "";
}

// ---- search --------------------------------------------------------------------------------------------------

let searchTimer;
async function search(text) {
  const list = $("search-results");
  if (!text.trim()) {
    list.hidden = true;
    return;
  }
  try {
    const found = await api.search(state.year, text);
    if ($("search").value !== text) return; // a newer search is on its way
    list.innerHTML = found.length
      ? found.map((unit) => `<li><button type="button" data-unit="${escape(unit.id)}">${escape(unit.name)} <small>${escape(unit.id)} · ${escape(kindName(unit.kind))}</small></button></li>`).join("")
      : `<li class="hint">${escape(t("searchNone"))}</li>`;
    list.hidden = false;
  } catch (error) {
    if (error instanceof ApiError) showMessage(error);
  }
}

function closeSearch() {
  $("search-results").hidden = true;
}

// ---- wiring --------------------------------------------------------------------------------------------------

function wire() {
  $("unit").addEventListener("click", async (event) => {
    const button = event.target.closest("button[data-format]");
    if (!button || !state.report) return;
    try {
      await api.report(state.year, state.report.unit, button.dataset.format);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      showMessage(error);
    }
  });
  $("year").addEventListener("change", async (event) => {
    await chooseYear(Number(event.target.value));
    const wanted = state.unitId;
    location.hash = `#/${state.year}/${encodeURIComponent(wanted ?? state.start)}`;
  });
  $("language").addEventListener("click", () => {
    state.language = state.language === "vi" ? "en" : "vi";
    saveLanguage(state.language);
    t = translator(state.language);
    if (state.report) render();
    else renderStatic();
  });
  document.querySelectorAll('input[name="scope"]').forEach((radio) =>
    radio.addEventListener("change", (event) => {
      state.scope = event.target.value;
      render();
    }));
  const children = $("children");
  children.addEventListener("click", async (event) => {
    const sortButton = event.target.closest("button[data-sort]");
    if (sortButton) {
      await sortBy(sortButton.dataset.sort);
      children.querySelector(`button[data-sort="${sortButton.dataset.sort}"]`)?.focus();
      return;
    }
    const row = event.target.closest("tr[data-unit]");
    if (row) go(row.dataset.unit);
  });
  children.addEventListener("keydown", (event) => {
    const row = event.target.closest("tr[data-unit]");
    if (!row) return;
    if (event.key === "Enter") go(row.dataset.unit);
    if (event.key === "ArrowDown") row.nextElementSibling?.focus();
    if (event.key === "ArrowUp") row.previousElementSibling?.focus();
  });
  $("previous").addEventListener("click", () => turnPage(-1));
  $("next").addEventListener("click", () => turnPage(1));
  const input = $("search");
  input.addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => search(input.value), 200);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") closeSearch();
    if (event.key === "ArrowDown" || event.key === "Enter") {
      $("search-results").querySelector("button")?.focus();
      event.preventDefault();
    }
  });
  $("search-results").addEventListener("click", (event) => {
    const button = event.target.closest("button[data-unit]");
    if (!button) return;
    closeSearch();
    input.value = "";
    go(button.dataset.unit);
  });
  $("search-results").addEventListener("keydown", (event) => {
    const item = event.target.closest("li");
    if (event.key === "ArrowDown") item?.nextElementSibling?.querySelector("button")?.focus();
    if (event.key === "ArrowUp") (item?.previousElementSibling?.querySelector("button") ?? input).focus();
    if (event.key === "Escape") {
      closeSearch();
      input.focus();
    }
  });
  window.addEventListener("hashchange", followRoute);
}

async function sortBy(key) {
  const sort = state.children;
  if (SERVER_ORDERS.includes(key)) {
    sort.desc = sort.orderBy === key && !sort.clientSort ? !sort.desc : false;
    sort.orderBy = key;
    sort.clientSort = null;
    sort.offset = 0;
    await loadChildren();
  } else {
    sort.clientSort = { key, desc: sort.clientSort?.key === key ? !sort.clientSort.desc : false };
  }
  renderChildren();
}

async function turnPage(step) {
  const sort = state.children;
  sort.offset = Math.max(0, sort.offset + step * PAGE_SIZE);
  await loadChildren();
  renderChildren();
}

async function start() {
  renderStatic();
  wire();
  try {
    await loadYears();
    await chooseYear(state.year);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showMessage(error);
    return;
  }
  await followRoute();
  setTimeout(pollForever, POLL_MILLISECONDS);
}

start();
