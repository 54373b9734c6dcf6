// Stacked bars of counts by level, drawn with Chart.js (loaded as lib/chart.umd.min.js, the global Chart).
// Each chart has a table of the same numbers beside it, which is its text alternative.

export const LEVEL_COLOURS = {
  htxsnv: "#1b5e20",
  tsvm: "#1b5e20",
  httnv: "#1565c0",
  htnv: "#8a5300",
  khtnv: "#b71c1c",
  yk: "#b71c1c",
  pending: "#6d4c9f",
  notRated: "#757575",
};

const charts = new WeakMap();

/**
 * One chart per entry ({ key, caption, labels, series }) in the container, each on its own scale: cells outnumber
 * districts a hundredfold. Charts of keys no longer listed are destroyed, the others redrawn in place.
 */
export function drawEach(container, entries, describe) {
  const wanted = new Set(entries.map((entry) => entry.key));
  for (const figure of [...container.querySelectorAll("figure")]) {
    if (!wanted.has(figure.dataset.key)) {
      charts.get(figure.querySelector("canvas"))?.destroy();
      figure.remove();
    }
  }
  for (const entry of entries) {
    let figure = container.querySelector(`figure[data-key="${entry.key}"]`);
    if (!figure) {
      figure = document.createElement("figure");
      figure.dataset.key = entry.key;
      figure.innerHTML = '<figcaption></figcaption><div class="chart"><canvas role="img"></canvas></div>';
      container.append(figure);
    }
    figure.querySelector("figcaption").textContent = entry.caption;
    const canvas = figure.querySelector("canvas");
    canvas.setAttribute("aria-label", describe);
    drawLevels(canvas, entry);
  }
}

/** Draws (or redraws in place) one horizontal stacked bar per label, one segment per series. */
export function drawLevels(canvas, { labels, series, locale }) {
  const data = {
    labels,
    datasets: series.map((one) => ({
      label: one.label,
      data: one.values,
      backgroundColor: one.colour,
      borderColor: "#ffffff",
      borderWidth: 1,
    })),
  };
  const existing = charts.get(canvas);
  if (existing) {
    existing.data = data;
    existing.options.locale = locale;
    existing.update("none");
    return;
  }
  charts.set(canvas, new window.Chart(canvas, {
    type: "bar",
    data,
    options: {
      indexAxis: "y",
      locale,
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true, display: false } },
      plugins: { legend: { position: "bottom", labels: { color: "#1a1a1a", boxWidth: 14 } } },
    },
  }));
}
