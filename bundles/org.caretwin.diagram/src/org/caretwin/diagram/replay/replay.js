// The replay of one replication on the diagram: a bar with play/pause, a time slider and a speed, counters of the
// patients, and on each step the patients waiting and in session at the frame shown. Java (or the HTML report) hands
// the frames once with caretwinReplay.load(replay); the animation runs here, frame by frame. The diagram's SVG may be
// replaced at any time (the text is being typed): the marks on the steps are drawn again on the new one.
var caretwinReplay = (function () {
	var NS = 'http://www.w3.org/2000/svg';
	var SPEEDS = [{ label: '1 day/s', days: 1 }, { label: '1 week/s', days: 7 }, { label: '1 month/s', days: 365 / 12 },
		{ label: '1 quarter/s', days: 365 / 4 }];
	/** The pill's height and the spacing of the dots, in the diagram's units. */
	var PILL = 18;
	var DOT = 7.5;
	var data = null;
	var totals = null;
	var frame = 0;
	var position = 0;
	var playing = false;
	var lastTick = null;
	var speed = SPEEDS[1];
	var bar = null;
	var marks = [];
	var container = null;

	function element(tag, attributes, parent) {
		var e = document.createElementNS(NS, tag);
		Object.keys(attributes).forEach(function (name) { e.setAttribute(name, attributes[name]); });
		if (parent) {
			parent.appendChild(e);
		}
		return e;
	}

	function html(tag, attributes, parent) {
		var e = document.createElement(tag);
		Object.keys(attributes).forEach(function (name) { e.setAttribute(name, attributes[name]); });
		parent.appendChild(e);
		return e;
	}

	function number(n) {
		return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	}

	// Arrivals, completions and losses from the start of the window to each frame, so the slider may jump anywhere.
	function cumulate() {
		var a = 0, c = 0, l = 0;
		totals = data.frames.map(function (f) {
			a += f.a;
			c += f.c;
			l += f.l;
			return { arrived: a, completed: c, lost: l };
		});
	}

	function buildBar() {
		bar = document.getElementById('replay');
		if (!bar) {
			bar = document.createElement('div');
			bar.id = 'replay';
			// Below the scrolling pane in the IDE, so it stays in view; below the diagram in the report.
			var above = document.getElementById('scroller') || container;
			above.parentNode.insertBefore(bar, above.nextSibling);
		}
		bar.innerHTML = '';
		var play = html('button', { id: 'replay-play', type: 'button', title: 'Play or pause the replay' }, bar);
		play.addEventListener('click', function () { toggle(); });
		var slider = html('input', { id: 'replay-slider', type: 'range', min: 0, max: data.frames.length - 1, value: 0,
			title: 'Time in the replayed year: drag to any day' }, bar);
		slider.addEventListener('input', function () {
			playing = false;
			seek(parseInt(slider.value, 10));
		});
		html('span', { id: 'replay-time' }, bar);
		var select = html('select', { id: 'replay-speed', title: 'Simulated time per second of replay' }, bar);
		SPEEDS.forEach(function (s, i) {
			var option = html('option', { value: i }, select);
			option.textContent = s.label;
			option.selected = s === speed;
		});
		select.addEventListener('change', function () { speed = SPEEDS[parseInt(select.value, 10)]; });
		var counters = html('span', { id: 'replay-counters' }, bar);
		[['arrived', 'arrived'], ['inPathway', 'in pathway'], ['completed', 'completed'], ['lost', 'lost']].forEach(function (c) {
			var chip = html('span', { 'class': 'replay-counter replay-' + c[0] }, counters);
			html('b', { id: 'replay-' + c[0] }, chip);
			chip.appendChild(document.createTextNode(' ' + c[1]));
		});
		var about = html('span', { id: 'replay-about' }, bar);
		about.textContent = 'Replay of ' + data.scenario + ', replication ' + data.replication;
		bar.style.display = 'flex';
	}

	// One group per step drawn on the diagram, across the bottom edge of its box: the numbers on a pill, and under it
	// the patients as dots (waiting first, the queue, then in session), updated per frame.
	function buildMarks() {
		marks = [];
		var svg = container.querySelector('svg');
		if (!svg || !data) {
			return;
		}
		svg.querySelectorAll('.care-replay').forEach(function (e) { e.parentNode.removeChild(e); });
		data.steps.forEach(function (id, i) {
			var node = document.getElementById(id);
			// Steps with a box (decisions take no time and hold nobody).
			var box = node && node.classList.contains('task') && node.querySelector(':scope > rect');
			if (!box) {
				return;
			}
			var x = parseFloat(box.getAttribute('x')) + 4;
			var width = parseFloat(box.getAttribute('width')) - 8;
			var y = parseFloat(box.getAttribute('y')) + parseFloat(box.getAttribute('height')) - 4;
			var group = element('g', { 'class': 'care-replay', 'data-replay-step': id }, null);
			var pill = element('rect', { x: x, y: y, width: width, height: PILL, rx: PILL / 2, 'class': 'care-replay-pill' }, group);
			var text = element('text', { x: x + width / 2, y: y + 13, 'text-anchor': 'middle', 'class': 'care-replay-text' }, group);
			var waiting = element('tspan', { 'class': 'care-replay-waiting' }, text);
			element('tspan', { 'class': 'care-replay-label' }, text).textContent = ' waiting \u00b7 ';
			var session = element('tspan', { 'class': 'care-replay-session' }, text);
			element('tspan', { 'class': 'care-replay-label' }, text).textContent = ' in session';
			var dots = element('g', {}, group);
			node.parentNode.appendChild(group);
			marks.push({ step: i, dots: dots, waiting: waiting, session: session, pill: pill, text: text, centre: x + width / 2,
				width: width, x: x + 5, y: y + PILL + 6,
				fit: Math.max(1, Math.floor((width - 14) / DOT)) });
		});
	}

	function drawDots(mark, waiting, session) {
		while (mark.dots.firstChild) {
			mark.dots.removeChild(mark.dots.firstChild);
		}
		var shown = Math.min(waiting + session, mark.fit);
		for (var k = 0; k < shown; k++) {
			element('circle', { cx: mark.x + k * DOT, cy: mark.y, r: 3,
				'class': k < waiting ? 'care-replay-dot-waiting' : 'care-replay-dot-session' }, mark.dots);
		}
		if (waiting + session > shown) {
			element('text', { x: mark.x + shown * DOT - 2, y: mark.y + 4, 'class': 'care-replay-more' }, mark.dots).textContent = '+';
		}
	}

	function draw() {
		if (!data) {
			return;
		}
		var f = data.frames[frame];
		var total = totals[frame];
		var day = (f.t - data.startHours) / 24;
		var days = data.frames.length * data.frameHours / 24;
		document.getElementById('replay-time').textContent = 'Day ' + Math.round(day) + ' of ' + Math.round(days)
			+ ' · week ' + Math.max(1, Math.ceil(day / 7)) + ' of ' + Math.round(days / 7);
		document.getElementById('replay-arrived').textContent = number(total.arrived);
		document.getElementById('replay-inPathway').textContent = number(f.p);
		document.getElementById('replay-completed').textContent = number(total.completed);
		document.getElementById('replay-lost').textContent = number(total.lost);
		document.getElementById('replay-play').textContent = playing ? '\u275a\u275a Pause' : '\u25b6 Play';
		document.getElementById('replay-slider').value = frame;
		marks.forEach(function (mark) {
			var waiting = f.w[mark.step], session = f.s[mark.step];
			mark.waiting.textContent = number(waiting);
			mark.session.textContent = number(session);
			// A narrow step's pill grows to its text, about the step's centre.
			var width = Math.max(mark.width, mark.text.getComputedTextLength() + 14);
			mark.pill.setAttribute('x', mark.centre - width / 2);
			mark.pill.setAttribute('width', width);
			mark.waiting.parentNode.parentNode.setAttribute('class', 'care-replay' + (waiting > 0 ? ' care-replay-queue' : ''));
			drawDots(mark, waiting, session);
		});
	}

	function seek(i) {
		frame = Math.max(0, Math.min(data.frames.length - 1, i));
		position = frame;
		draw();
	}

	function tick(now) {
		if (!playing) {
			return;
		}
		if (lastTick !== null) {
			position += (now - lastTick) / 1000 * speed.days * 24 / data.frameHours;
		}
		lastTick = now;
		if (position >= data.frames.length - 1) {
			position = data.frames.length - 1;
			playing = false;
		}
		if (Math.floor(position) !== frame || !playing) {
			frame = Math.floor(position);
			draw();
		}
		if (playing) {
			window.requestAnimationFrame(tick);
		}
	}

	function play() {
		if (!data || playing) {
			return;
		}
		if (frame >= data.frames.length - 1) {
			seek(0);
		}
		playing = true;
		lastTick = null;
		draw();
		window.requestAnimationFrame(tick);
	}

	function pause() {
		playing = false;
		if (data) {
			draw();
		}
	}

	function toggle() {
		if (playing) {
			pause();
		} else {
			play();
		}
	}

	function watch() {
		// The diagram page replaces its SVG as the text changes: mark the new one. Only the container's own children
		// are watched, so the marks drawn inside the SVG do not wake the observer.
		new MutationObserver(function () {
			buildMarks();
			if (data) {
				draw();
			}
		}).observe(container, { childList: true });
	}

	return {
		/** Shows the replay of {@code replay} (the JSON of org.caretwin.experiment.Replay) from its first frame. */
		load: function (replay) {
			var first = !container;
			container = document.getElementById('canvas') || document.querySelector('.diagram');
			if (!container) {
				return;
			}
			if (first) {
				watch();
			}
			pause();
			data = replay;
			cumulate();
			buildBar();
			buildMarks();
			seek(0);
		},
		play: play,
		pause: pause,
		seek: seek,
		/** For tests: the frame shown. */
		frame: function () { return frame; }
	};
})();
