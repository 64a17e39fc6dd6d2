/// An element's or attribute's name with its namespace, from a Swagger `xml` object.
public struct XMLName: Hashable, Sendable {
    /// The name without prefix: what a reader matches (namespace prefixes are the sender's choice).
    public let local: String
    public let prefix: String?
    public let namespace: String?

    public init(_ local: String, prefix: String? = nil, namespace: String? = nil) {
        self.local = local
        self.prefix = prefix
        self.namespace = namespace
    }

    /// `prefix:local`, as written.
    public var qualified: String { prefix.map { "\($0):\(local)" } ?? local }

    /// The `xmlns` / `xmlns:prefix` attribute that declares the namespace, if any.
    var namespaceDeclaration: (name: String, value: String)? {
        namespace.map { (prefix.map { "xmlns:\($0)" } ?? "xmlns", $0) }
    }
}
