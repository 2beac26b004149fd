/* Unrest pages: map of event places over local outlines (no tiles) and a timeline of counts.
   Data comes from <script type="application/json"> blocks; every string from the data is put
   into the page as text (textContent), never as markup. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var COLOURS = {
    protest: "#1f77b4", strike: "#9467bd", attack: "#d62728", arrest: "#ff7f0e",
    execution: "#000000", sentencing: "#8c564b", censorship: "#7f7f7f", property_attack: "#bcbd22"
  };
  var REGION = [[24.5, 43.5], [40, 63.5]];

  function readJSON(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  function popup(point) {
    var box = document.createElement("div");
    var name = document.createElement("div");
    name.textContent = point.name;
    var link = document.createElement("a");
    link.href = "/events/" + encodeURIComponent(point.event);
    link.textContent = point.type.replace("_", " ") + " event";
    box.appendChild(name);
    box.appendChild(link);
    return box;
  }

  function drawMap(id) {
    var el = document.getElementById(id);
    var data = readJSON(id + "-data");
    if (!el || !data || typeof L === "undefined") { return; }
    var map = L.map(el, { zoomSnap: 0.25, worldCopyJump: false });
    map.createPane("outlines").style.zIndex = 350;  // under the points (overlay pane, 400)
    map.attributionControl.addAttribution("Outlines: Natural Earth (public domain)");
    var points = L.featureGroup();
    data.points.forEach(function (p) {
      L.circleMarker([p.lat, p.lon], {
        radius: 6, weight: 1, color: "#222", fillColor: COLOURS[p.type] || "#444", fillOpacity: 0.85,
        className: "event-point"
      }).bindPopup(popup(p)).addTo(points);
    });
    points.addTo(map);
    if (data.points.length) {
      map.fitBounds(points.getBounds().pad(0.5), { maxZoom: 5 });
    } else {
      map.fitBounds(REGION);
    }
    el.setAttribute("data-points", String(data.points.length));
    fetch("/static/data/outlines.geojson").then(function (r) { return r.json(); }).then(function (geo) {
      L.geoJSON(geo, {
        pane: "outlines",
        interactive: false,
        style: function (f) {
          var province = f.properties.level === "province";
          return { color: province ? "#b8b8b8" : "#777", weight: province ? 0.6 : 1,
                   fillColor: "#f3f1ea", fillOpacity: province ? 0 : 1 };
        }
      }).addTo(map);
      el.setAttribute("data-outlines", "loaded");
    }).catch(function () { el.setAttribute("data-outlines", "missing"); });
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function drawTimeline(id, bins) {
    var el = document.getElementById(id);
    if (!el || !bins) { return; }
    var width = Math.max(el.clientWidth || 480, 240), height = 150, pad = 22;
    var top = Math.max.apply(null, bins.map(function (b) { return b.count; }).concat([1]));
    var step = (width - 2 * pad) / Math.max(bins.length, 1);
    var chart = svg("svg", { width: width, height: height, role: "img", "aria-label": "Events per month" });
    bins.forEach(function (b, i) {
      var h = (height - 2 * pad) * b.count / top;
      var a = svg("a", { href: "/?start=" + encodeURIComponent(b.period) + "&end=" + encodeURIComponent(b.period) });
      var rect = svg("rect", { x: pad + i * step + 1, y: height - pad - h, width: Math.max(step - 2, 1), height: h, class: "tl-bar" });
      var tip = svg("title", {});
      tip.textContent = b.period + ": " + b.count + " event(s)";
      rect.appendChild(tip);
      a.appendChild(rect);
      chart.appendChild(a);
      if (bins.length <= 12 || i % Math.ceil(bins.length / 8) === 0) {
        var label = svg("text", { x: pad + i * step + step / 2, y: height - 6, "text-anchor": "middle", class: "tl-label" });
        label.textContent = b.period;
        chart.appendChild(label);
      }
    });
    var axis = svg("text", { x: 2, y: pad - 6, class: "tl-label" });
    axis.textContent = "max " + top;
    chart.appendChild(axis);
    el.appendChild(chart);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var data = readJSON("map-data");
    drawMap("map");
    if (data && data.timeline) { drawTimeline("timeline", data.timeline); }
  });
})();
