package org.caretwin.experiment;

import java.util.List;

/**
 * The HTML of charts, the same for the report and the IDE: a figure per chart holding its Vega-Lite spec, and one
 * script, the libraries inlined, that renders every figure of the page with vega-embed. Nothing is fetched.
 */
public final class ChartPage {

	/** Marks the page once every chart has been tried: "rendered/total", for whoever waits for the charts. */
	public static final String RENDERED_ATTRIBUTE = "data-charts-rendered";

	private static final String RENDER = """
			(function () {
			  var figures = Array.prototype.slice.call(document.querySelectorAll('figure.chart'));
			  var done = figures.map(function (figure) {
			    var target = figure.querySelector('.vega-chart');
			    var spec = JSON.parse(figure.querySelector('script.vega-spec').textContent);
			    return vegaEmbed(target, spec, { actions: false, renderer: 'svg' }).then(function (embedded) {
			      figure.vegaView = embedded.view; // kept for exports to SVG and PNG
			      return 1;
			    }, function (error) {
			      target.textContent = 'This chart could not be drawn: ' + error.message;
			      figure.className += ' failed';
			      return 0;
			    });
			  });
			  Promise.all(done).then(function (results) {
			    var rendered = results.reduce(function (sum, one) { return sum + one; }, 0);
			    document.documentElement.setAttribute('%s', rendered + '/' + figures.length);
			  });
			})();
			""".formatted(RENDERED_ATTRIBUTE);

	/**
	 * Script that hands every chart of the page, as SVG text or a PNG data URL (twice the screen resolution), to
	 * {@code callback(index, data)}, data {@code null} for a chart that was not drawn; it returns the number of charts.
	 */
	public static String exportScript(String callback, boolean svg) {
		return """
				return (function () {
				  var figures = document.querySelectorAll('figure.chart');
				  figures.forEach(function (figure, index) {
				    var view = figure.vegaView;
				    if (!view) { %1$s(index, null); return; }
				    (%2$s ? view.toSVG() : view.toImageURL('png', 2)).then(function (data) { %1$s(index, data); },
				      function () { %1$s(index, null); });
				  });
				  return figures.length;
				})();
				""".formatted(callback, svg);
	}

	/** Figure styles, for pages that have no style of their own for them. */
	static final String CSS = """
			figure.chart{margin:6px 0 12px;background:#fff;border-radius:6px;padding:8px 10px;box-shadow:0 1px 2px rgba(0,0,0,.06);display:inline-block}
			figure.chart.failed{color:#991b1b}
			""";

	private ChartPage() {
	}

	/** A place for {@code chart}, its spec beside it as a JSON data block (which no name can close: see {@link Json}). */
	public static String figure(ChartSpecs.Chart chart) {
		return "<figure class=\"chart\"><div class=\"vega-chart\"></div><script type=\"application/json\" class=\"vega-spec\">"
				+ chart.spec() + "</script></figure>\n";
	}

	/** The libraries and the script that renders every figure: once per page, after the last figure. */
	public static String scripts() {
		return "<script>\n" + ChartLibraries.script() + "</script>\n<script>\n" + RENDER + "</script>\n";
	}

	/** A whole page of {@code charts}, each under its title. */
	public static String page(List<ChartSpecs.Chart> charts) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><style>")
				.append(PAGE_CSS).append(CSS).append("</style></head><body>\n");
		if (charts.isEmpty()) {
			html.append("<p>No charts for this run.</p>\n");
		}
		for (ChartSpecs.Chart chart : charts) {
			html.append("<h2>").append(Html.escape(chart.title())).append("</h2>\n").append(figure(chart));
		}
		return html.append(scripts()).append("</body></html>\n").toString();
	}

	private static final String PAGE_CSS = """
			body{margin:0;padding:4px 16px 20px;font:13px/1.4 'DejaVu Sans',system-ui,sans-serif;color:#1f2937;background:#f8fafc}
			h2{font-size:15px;margin:16px 0 4px;color:#0f172a}
			""";
}
