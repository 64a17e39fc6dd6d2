import Foundation

/// `x-ms-parameterized-host`: the endpoint a data-plane contract builds from its host template
/// (`{accountName}{host}`, `{endpoint}/multiapi/v1`) and the values of the host parameters.
public struct HostTemplate: Sendable, Hashable {
    public let template: String
    /// The contract's scheme, put in front unless the template carries its own (`useSchemePrefix: false`).
    public let scheme: String?
    /// The contract's `basePath`, appended after the host.
    public let basePath: String

    public init(_ template: String, scheme: String?, basePath: String = "") {
        self.template = template
        self.scheme = scheme
        self.basePath = basePath
    }

    /// One host parameter's value; encoded unless the contract says `x-ms-skip-url-encoding`.
    public struct Value: Sendable {
        public let name: String
        public let text: String
        public let skipEncoding: Bool

        public init(_ name: String, _ value: some RequestParameterValue, skipEncoding: Bool) {
            self.name = name
            text = value.parameterText
            self.skipEncoding = skipEncoding
        }
    }

    /// The endpoint with every `{name}` filled in.
    /// - Throws: `InvalidEndpointError` when a parameter is missing or the result is not an absolute URL.
    public func endpoint(_ values: [Value]) throws -> RequestEndpoint {
        var text = ""
        var name: String?
        for character in template {
            if character == "{" {
                name = ""
            } else if character == "}", let current = name {
                guard let value = values.first(where: { $0.name == current }) else {
                    throw InvalidEndpointError(template: template, reason: "no value for {\(current)}")
                }
                text += value.skipEncoding ? value.text : PercentEncoding.encode(value.text)
                name = nil
            } else if name != nil {
                name?.append(character)
            } else {
                text.append(character)
            }
        }
        if let scheme { text = scheme + "://" + text }
        text += basePath
        guard let url = URL(string: text), url.scheme != nil, url.host != nil else {
            throw InvalidEndpointError(template: template, reason: "'\(text)' is not an absolute URL")
        }
        return RequestEndpoint(url)
    }
}

/// The host parameters did not make an endpoint (thrown before anything is sent).
public struct InvalidEndpointError: Error, Hashable, Sendable, CustomStringConvertible {
    public let template: String
    public let reason: String

    public var description: String { "the host template \(template) gives no endpoint: \(reason)" }
}
