# Opens a GeoJSON layer in headless PyQGIS, applies the .qml beside it (as
# QGIS does when a layer is opened) and prints what QGIS made of it, for
# qgis_test.go. Usage: python3 check_style.py LAYER.geojson
import sys, os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import QgsApplication, QgsVectorLayer, QgsVectorLayerTemporalProperties
app = QgsApplication([], False)
app.initQgis()
path = sys.argv[1]
lyr = QgsVectorLayer(path, "events", "ogr")
print("valid", lyr.isValid(), "features", lyr.featureCount(), "geometry", int(lyr.geometryType()))
msg, ok = lyr.loadDefaultStyle()
print("style", ok, msg)
r = lyr.renderer()
print("renderer", r.type(), getattr(r, "classAttribute", lambda: None)())
if r.type() == "categorizedSymbol":
    for c in r.categories():
        s = c.symbol()
        size = s.size() if hasattr(s, "size") else "-"
        print("cat", repr(c.value()), c.label(), s.color().name(), s.symbolLayer(0).layerType(), size, s.symbolLayer(0).dataDefinedProperties().hasActiveProperties())
tp = lyr.temporalProperties()
print("temporal", tp.isActive(), int(tp.mode()), tp.startField(), tp.endField(), int(tp.limitMode()))
print("labels", lyr.labelsEnabled(), lyr.labeling() and lyr.labeling().settings().fieldName)
for f in lyr.fields():
    if f.name() in ("date_start", "date_end"):
        print("field", f.name(), f.typeName())
# exitQgis() can crash while the layer is alive; leave at once instead.
sys.stdout.flush()
os._exit(0)
