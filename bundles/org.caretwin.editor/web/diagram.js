// The Diagram page: shows the SVG that Java hands it, keeps the zoom across updates, outlines the nodes of steps
// with diagnostics, highlights the step at the text's caret, and reports clicks on nodes to Java (careSelect).
var caretwin = (function () {
	var NS = 'http://www.w3.org/2000/svg';
	var scale = 1;
	var fitting = true;
	var marks = [];
	var highlighted = null;

	function svg() {
		return document.querySelector('#canvas svg');
	}

	function natural() {
		var box = svg().viewBox.baseVal;
		return { w: box.width, h: box.height };
	}

	function apply() {
		var s = svg();
		if (!s) {
			return;
		}
		var size = natural();
		if (fitting) {
			var pane = document.getElementById('scroller');
			scale = Math.max(0.1, Math.min((pane.clientWidth - 24) / size.w, (pane.clientHeight - 24) / size.h));
		}
		s.setAttribute('width', size.w * scale);
		s.setAttribute('height', size.h * scale);
	}

	function nodes() {
		return document.querySelectorAll('#canvas g[data-source]');
	}

	// An outline drawn around a node's own drawing, in the node's coordinates, so it moves and scales with it.
	function outline(group, kind) {
		var box = group.getBBox();
		var rect = document.createElementNS(NS, 'rect');
		rect.setAttribute('x', box.x - 5);
		rect.setAttribute('y', box.y - 5);
		rect.setAttribute('width', box.width + 10);
		rect.setAttribute('height', box.height + 10);
		rect.setAttribute('rx', 9);
		rect.setAttribute('class', 'care-outline ' + kind);
		group.appendChild(rect);
	}

	function remove(selector) {
		document.querySelectorAll(selector).forEach(function (e) { e.parentNode.removeChild(e); });
	}

	function drawMarks() {
		remove('#canvas .care-mark');
		marks.forEach(function (m) {
			var group = document.getElementById(m.id);
			if (!group) {
				return;
			}
			outline(group, 'care-mark ' + (m.error ? 'care-error' : 'care-warning'));
			var title = group.querySelector('title');
			if (title) {
				if (!title.hasAttribute('data-label')) {
					title.setAttribute('data-label', title.textContent);
				}
				title.textContent = title.getAttribute('data-label') + '\n' + m.message;
			}
		});
	}

	function drawHighlight() {
		remove('#canvas .care-highlight');
		var group = highlighted && document.getElementById(highlighted);
		if (group) {
			outline(group, 'care-highlight');
			group.scrollIntoView({ block: 'nearest', inline: 'nearest' });
		}
	}

	function wire() {
		nodes().forEach(function (group) {
			group.addEventListener('click', function (event) {
				event.stopPropagation();
				if (window.careSelect) {
					careSelect(group.id);
				}
			});
		});
	}

	window.addEventListener('resize', function () {
		if (fitting) {
			apply();
		}
	});

	return {
		show: function (markup) {
			document.getElementById('canvas').innerHTML = markup;
			wire();
			apply();
			drawMarks();
			drawHighlight();
		},
		banner: function (text) {
			var banner = document.getElementById('banner');
			banner.textContent = text || '';
			banner.style.display = text ? 'block' : 'none';
		},
		mark: function (list) {
			marks = list;
			if (svg()) {
				drawMarks();
			}
		},
		highlight: function (id) {
			highlighted = id;
			if (svg()) {
				drawHighlight();
			}
		},
		fit: function () {
			fitting = true;
			apply();
		},
		zoom: function (factor) {
			fitting = false;
			scale = Math.max(0.1, Math.min(8, scale * factor));
			apply();
		},
		// The diagram as a PNG at twice its natural size, handed to Java as a data URL (null when it cannot be drawn).
		png: function () {
			var s = svg();
			if (!s) {
				carePng(null);
				return;
			}
			var size = natural();
			var copy = s.cloneNode(true);
			copy.querySelectorAll('.care-outline').forEach(function (e) { e.parentNode.removeChild(e); });
			copy.setAttribute('width', size.w * 2);
			copy.setAttribute('height', size.h * 2);
			var image = new Image();
			image.onload = function () {
				try {
					var canvas = document.createElement('canvas');
					canvas.width = size.w * 2;
					canvas.height = size.h * 2;
					canvas.getContext('2d').drawImage(image, 0, 0);
					carePng(canvas.toDataURL('image/png'));
				} catch (e) {
					carePng(null);
				}
			};
			image.onerror = function () { carePng(null); };
			image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(copy));
		}
	};
})();
