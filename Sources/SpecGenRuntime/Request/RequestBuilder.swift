import Foundation
import HTTPTypes

/// Assembles one HTTP request step by step; generated request builders drive it in spec order.
public struct RequestBuilder {
    private let method: HTTPRequest.Method
    private let endpoint: URL
    private var path = ""
    private var query: [String] = []
    private var headers = HTTPFields()
    private var body: Data?

    public init(method: HTTPRequest.Method, endpoint: URL) {
        self.method = method
        self.endpoint = endpoint
    }

    /// A literal piece of the path template.
    public mutating func appendPath(_ literal: String) {
        path += literal
    }

    /// A path parameter, percent-encoded unless the contract says `x-ms-skip-url-encoding`.
    public mutating func appendPathParameter(_ value: some RequestParameterValue, skipEncoding: Bool = false) {
        path += skipEncoding ? value.parameterText : PercentEncoding.encode(value.parameterText)
    }

    public mutating func addQuery(_ name: String, _ value: some RequestParameterValue, skipEncoding: Bool = false) {
        let text = skipEncoding ? value.parameterText : PercentEncoding.encode(value.parameterText)
        query.append(PercentEncoding.encode(name) + "=" + text)
    }

    /// An array query parameter; `collectionFormat: multi` repeats the name, the others join.
    public mutating func addQuery(_ name: String, _ values: [some RequestParameterValue], separator: String?) {
        if let separator {
            addQuery(name, values.map(\.parameterText).joined(separator: separator))
        } else {
            for value in values { addQuery(name, value) }
        }
    }

    public mutating func setHeader(_ name: String, _ value: some RequestParameterValue) {
        guard let fieldName = HTTPField.Name(name) else { return }
        headers[fieldName] = value.parameterText
    }

    public mutating func setJSONBody(_ value: some Encodable) throws {
        body = try JSONCoding.encode(value)
        headers[.contentType] = "application/json"
    }

    public func build() -> (request: HTTPRequest, body: Data?) {
        var fullPath = endpoint.path.hasSuffix("/") ? String(endpoint.path.dropLast()) : endpoint.path
        fullPath += path
        if !query.isEmpty { fullPath += "?" + query.joined(separator: "&") }
        var authority = endpoint.host ?? ""
        if let port = endpoint.port { authority += ":\(port)" }
        let request = HTTPRequest(method: method, scheme: endpoint.scheme, authority: authority, path: fullPath, headerFields: headers)
        return (request, body)
    }
}
