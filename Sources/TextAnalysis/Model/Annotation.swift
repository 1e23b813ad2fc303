/// Something an analyzer found in a document: a labelled span plus typed attributes.
///
/// The contract every analyzer shares (see README, "Output contract"): `text` is
/// exactly the document's text at `span`, and `span` carries both scalar and
/// byte offsets into the input as given.
public struct Annotation: Sendable, Hashable {
    /// The analyzer that produced it (`numbers`, `places`, ...).
    public var plugin: String
    /// Its category, upper-case by convention (`PERSON`, `MONEY`, `CITY`).
    public var label: String
    public var span: TextSpan
    public var text: String
    /// Plugin-specific fields (`value`, `unit`, `geonameid`, ...), in output order.
    public var attributes: Attributes

    public init(plugin: String, label: String, span: TextSpan, text: String, attributes: Attributes = [:]) {
        self.plugin = plugin
        self.label = label
        self.span = span
        self.text = text
        self.attributes = attributes
    }

    /// Output order: by start, then end, then plugin and label so ties are stable.
    public static func outputOrder(_ lhs: Annotation, _ rhs: Annotation) -> Bool {
        if lhs.span.bytes.lowerBound != rhs.span.bytes.lowerBound { return lhs.span.bytes.lowerBound < rhs.span.bytes.lowerBound }
        if lhs.span.bytes.upperBound != rhs.span.bytes.upperBound { return lhs.span.bytes.upperBound < rhs.span.bytes.upperBound }
        if lhs.plugin != rhs.plugin { return lhs.plugin < rhs.plugin }
        return lhs.label < rhs.label
    }
}
