// The Diagram page: shows the SVG that Java hands it, keeps the zoom across updates, outlines the nodes of steps
// with diagnostics, highlights the step at the text's caret, and reports to Java what the modeller does on nodes:
// a click (careSelect), a double click (careRename), a node dragged to another cell (careMove) and, in connect
// mode, a flow drawn from one node to another (careConnect). Java changes the text; the page only shows it.
var caretwin = (function () {
	var NS = 'http://www.w3.org/2000/svg';
	var scale = 1;
	var fitting = true;
	var marks = [];
	var highlighted = null;
	var connecting = false;
	// the click that ends a drag selects nothing
	var dragged = false;
	var DRAG_THRESHOLD = 4;

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
		document.querySelectorAll('#canvas g.flow').forEach(function (flow) {
			flow.addEventListener('click', function (event) {
				event.stopPropagation();
				if (window.careSelect) {
					careSelect(flow.id);
				}
			});
		});
		nodes().forEach(function (group) {
			group.addEventListener('click', function (event) {
				event.stopPropagation();
				if (dragged) {
					dragged = false;
				} else if (window.careSelect) {
					careSelect(group.id);
				}
			});
			group.addEventListener('mousedown', function (event) {
				if (event.button === 0) {
					event.stopPropagation();
					event.preventDefault();
					press(group, event);
				}
			});
			group.addEventListener('dblclick', function (event) {
				event.stopPropagation();
				if (window.careRename && group.hasAttribute('data-column')) {
					careRename(group.id);
				}
			});
		});
	}

	// The pathway of a node id: "HipKnee.Stay", "HipKnee:start" and "HipKnee.Stay:lost" are all of HipKnee.
	function pathwayOf(id) {
		return id.split(/[.:]/)[0];
	}

	function centre(group) {
		var box = group.getBBox();
		return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	}

	function cells(group, attribute, sameLane) {
		var centres = {};
		nodes().forEach(function (other) {
			if (other === group || !other.hasAttribute(attribute) || pathwayOf(other.id) !== pathwayOf(group.id)
					|| (sameLane && other.getAttribute('data-lane') !== group.getAttribute('data-lane'))) {
				return;
			}
			var index = Number(other.getAttribute(attribute));
			var c = centre(other);
			(centres[index] = centres[index] || []).push(attribute === 'data-column' ? c.x : c.y);
		});
		return Object.keys(centres).map(function (k) {
			var list = centres[k];
			return { index: Number(k), at: list.reduce(function (a, b) { return a + b; }, 0) / list.length };
		});
	}

	function nearest(list, at, fallback) {
		var best = null;
		list.forEach(function (cell) {
			if (best === null || Math.abs(cell.at - at) < Math.abs(best.at - at)) {
				best = cell;
			}
		});
		return best === null ? fallback : best.index;
	}

	// The cell a node dropped with its centre at (x, y) goes to: the nearest column, the nearest row of its lane,
	// or a new row under the last one when dropped well below it.
	function dropCell(group, x, y) {
		var column = nearest(cells(group, 'data-column', false), x, Number(group.getAttribute('data-column')));
		var rows = cells(group, 'data-row', true);
		var row = nearest(rows, y, 0);
		var lowest = rows.reduce(function (a, b) { return a === null || b.at > a.at ? b : a; }, null);
		var height = group.getBBox().height;
		if (lowest !== null && y > lowest.at + height * 0.75) {
			row = lowest.index + 1;
		}
		return { column: column, row: row };
	}

	function nodeAt(event) {
		var element = document.elementFromPoint(event.clientX, event.clientY);
		while (element && !(element.tagName === 'g' && element.hasAttribute && element.hasAttribute('data-column'))) {
			element = element.parentNode;
		}
		return element && element.id ? element : null;
	}

	// A press on a node that moves the mouse: a move of the node (or, connecting, a flow to another node).
	function press(group, start) {
		var moved = false;
		var from = centre(group);
		var line = null;
		function move(event) {
			var dx = (event.clientX - start.clientX) / scale;
			var dy = (event.clientY - start.clientY) / scale;
			if (!moved && Math.abs(dx) + Math.abs(dy) < DRAG_THRESHOLD) {
				return;
			}
			moved = true;
			if (connecting) {
				if (!line) {
					line = document.createElementNS(NS, 'line');
					line.setAttribute('class', 'care-connector');
					line.setAttribute('x1', from.x);
					line.setAttribute('y1', from.y);
					group.parentNode.appendChild(line);
				}
				line.setAttribute('x2', from.x + dx);
				line.setAttribute('y2', from.y + dy);
			} else if (group.hasAttribute('data-column')) {
				group.setAttribute('transform', 'translate(' + dx + ',' + dy + ')');
				group.classList.add('care-dragged');
			}
		}
		function release(event) {
			document.removeEventListener('mousemove', move);
			document.removeEventListener('mouseup', release);
			if (line) {
				line.parentNode.removeChild(line);
			}
			if (!moved) {
				return;
			}
			dragged = true;
			setTimeout(function () { dragged = false; }, 0);
			if (connecting) {
				var target = nodeAt(event);
				if (target && target !== group && window.careConnect) {
					careConnect(group.id + ' ' + target.id);
				}
				return;
			}
			if (!group.hasAttribute('data-column')) {
				return;
			}
			var dx = (event.clientX - start.clientX) / scale;
			var dy = (event.clientY - start.clientY) / scale;
			var cell = dropCell(group, from.x + dx, from.y + dy);
			group.removeAttribute('transform');
			group.classList.remove('care-dragged');
			if (window.careMove && (cell.column !== Number(group.getAttribute('data-column'))
					|| cell.row !== Number(group.getAttribute('data-row')))) {
				careMove(group.id + ' ' + cell.column + ' ' + cell.row);
			}
		}
		document.addEventListener('mousemove', move);
		document.addEventListener('mouseup', release);
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
		// In connect mode a drag from one node to another draws a flow; else it moves the node.
		connect: function (on) {
			connecting = on;
			document.body.classList.toggle('care-connecting', on);
		},
		// Where a node dropped at (x, y) would go: for tests, which cannot drag.
		dropCell: function (id, x, y) {
			var cell = dropCell(document.getElementById(id), x, y);
			return cell.column + ' ' + cell.row;
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
