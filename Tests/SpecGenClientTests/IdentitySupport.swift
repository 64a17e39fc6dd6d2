import Foundation
import HTTPTypes
import SpecGenMock
import SpecGenRuntime

/// Sends over URLSession, but only to loopback: any other host (the real IMDS address above all)
/// is refused unsent and remembered, so a credential test can never leave the machine, and can
/// assert that nothing was even attempted elsewhere.
final class LoopbackOnlyTransport: HTTPTransport, @unchecked Sendable {
    struct Refused: Error, CustomStringConvertible {
        let authority: String
        var description: String { "the test transport refused \(authority): not loopback" }
    }

    private let lock = NSLock()
    private var refused: [String] = []
    private let inner = URLSessionTransport()

    func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        let authority = request.authority ?? ""
        let host = authority.hasPrefix("[") ? String(authority.dropFirst().prefix { $0 != "]" }) : String(authority.prefix { $0 != ":" })
        guard TokenConfinement.isLoopback(host: host) else {
            lock.withLock { refused.append(authority) }
            throw Refused(authority: authority)
        }
        return try await inner.send(request, body: body)
    }

    var refusedAuthorities: [String] { lock.withLock { refused } }
}

/// An environment that configures nothing by accident: IMDS pointed at a closed loopback port, a
/// PATH with nothing on it, a HOME of its own. Tests add what they configure.
struct IsolatedEnvironment {
    let folder: URL
    var variables: [String: String]

    init(_ extra: [String: String] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-identity-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("bin"), withIntermediateDirectories: true)
        variables = [
            "AZURE_POD_IDENTITY_AUTHORITY_HOST": "http://127.0.0.1:1",
            "PATH": folder.appendingPathComponent("bin").path,
            "HOME": folder.path,
        ].merging(extra) { _, new in new }
    }

    /// Writes an executable shell script named `name` into the PATH folder.
    func installScript(_ name: String, _ body: String) throws {
        let url = folder.appendingPathComponent("bin").appendingPathComponent(name)
        try Data(("#!/bin/sh\n" + body + "\n").utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

let armScope = "https://management.azure.com/.default"

/// The form fields of a token request, percent-decoded.
func formFields(_ request: MockRequest) -> [String: String] {
    var fields: [String: String] = [:]
    for pair in String(decoding: request.body, as: UTF8.self).split(separator: "&") {
        let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map {
            String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
        }
        fields[halves[0]] = halves.count > 1 ? halves[1] : ""
    }
    return fields
}

/// A token answer as Entra gives it.
func entraToken(_ token: String, expiresIn: Int = 3600) -> MockResponse {
    .json(200, #"{"token_type":"Bearer","expires_in":\#(expiresIn),"access_token":"\#(token)"}"#)
}

/// A token answer as managed identity endpoints give it: numbers as strings, `expires_on` in Unix seconds.
func managedIdentityToken(_ token: String, expiresOn: Date = Date().addingTimeInterval(3600)) -> MockResponse {
    let seconds = Int(expiresOn.timeIntervalSince1970)
    return .json(200, #"{"access_token":"\#(token)","expires_in":"3599","expires_on":"\#(seconds)","resource":"https://management.azure.com","token_type":"Bearer"}"#)
}
