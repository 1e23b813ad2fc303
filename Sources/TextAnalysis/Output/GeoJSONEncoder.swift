/// Encodes the located annotations of documents as GeoJSON Features (RFC 7946), for
/// `--format geojson`: a FeatureCollection that opens on any map (geojson.io, QGIS, Leaflet).
///
/// Any annotation with numeric `latitude` and `longitude` attributes is located, whatever its
/// plugin. A place mentioned many times in one document is one Feature with a `mentions`
/// count and every span, so a map shows one marker per place per document, not a stack.
public enum GeoJSONEncoder {
    public static let header = #"{"type":"FeatureCollection","features":["#
    public static let footer = "]}\n"

    /// The Features of one document, in order of first mention; each is one compact JSON line.
    public static func features(of document: Document, id: String? = nil) -> [[UInt8]] {
        var order: [FeatureKey] = []
        var groups: [FeatureKey: [Annotation]] = [:]
        for annotation in document.annotations {
            guard let latitude = annotation.attributes["latitude"]?.doubleValue,
                  let longitude = annotation.attributes["longitude"]?.doubleValue else { continue }
            let key = FeatureKey(label: annotation.label, name: annotation.attributes["name"]?.stringValue ?? annotation.text,
                                 latitude: latitude, longitude: longitude)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(annotation)
        }
        return order.map { key in
            let mentions = groups[key]!
            var json = JSONWriter()
            json.beginObject()
            json.key(literal: "type"); json.string("Feature")
            json.key(literal: "geometry")
            json.beginObject()
            json.key(literal: "type"); json.string("Point")
            // GeoJSON positions are longitude first.
            json.key(literal: "coordinates"); json.beginArray(); json.double(key.longitude); json.double(key.latitude); json.endArray()
            json.endObject()
            json.key(literal: "properties")
            json.beginObject()
            json.key(literal: "source"); json.string(document.source)
            if let id { json.key(literal: "id"); json.raw(id.utf8) }
            json.key(literal: "label"); json.string(key.label)
            json.key(literal: "text"); json.string(mentions[0].text)
            for (name, value) in mentions[0].attributes where name != "latitude" && name != "longitude" && name != "confidence" {
                json.key(name); json.value(value)
            }
            // (None for a place put where its container is, "within" it: no reading was scored.)
            if let confidence = mentions.compactMap({ $0.attributes["confidence"]?.doubleValue }).max() {
                json.key(literal: "confidence"); json.double(confidence)
            }
            json.key(literal: "mentions"); json.int(mentions.count)
            json.key(literal: "spans")
            json.beginArray()
            for mention in mentions {
                json.beginArray(); json.int(mention.span.scalars.lowerBound); json.int(mention.span.scalars.upperBound); json.endArray()
            }
            json.endArray()
            json.endObject()
            json.endObject()
            return json.bytes
        }
    }

    private struct FeatureKey: Hashable {
        var label: String
        var name: String
        var latitude: Double
        var longitude: Double
    }
}
