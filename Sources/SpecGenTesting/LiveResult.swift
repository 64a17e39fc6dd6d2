import Foundation
import SpecGenRuntime

/// What the generated client handed back in a live check, as JSON, with the members its type
/// declares (so that example members the contract lacks are noted, not compared).
public struct LiveResult: Sendable {
    public let json: JSONValue
    let declaredMembers: DeclaredMembers
}

extension ExampleRun {
    /// A client result, for comparison with the example.
    public func result<Value: Codable>(_ value: Value) throws -> LiveResult {
        LiveResult(json: try JSONValue.parse(JSONCoding.encode(value)), declaredMembers: declaredMembers(as: Value.self))
    }

    /// Every item of a paged result, in order, as one JSON array.
    public func result<Element: Codable & Sendable>(collecting items: PagedSequence<Element>) async throws -> LiveResult {
        var all: [JSONValue] = []
        for try await item in items { all.append(try JSONValue.parse(JSONCoding.encode(item))) }
        return LiveResult(json: .array(all), declaredMembers: declaredMembers(as: [Element].self))
    }

    private func declaredMembers<Value: Decodable>(as type: Value.Type) -> DeclaredMembers {
        expectedLiveResult().map { DeclaredMembers.of($0, as: type) } ?? .everything
    }

    /// What the live call should give back: the final body for long-running operations, every
    /// item for pageable ones, else the body of the success status a mock answers (200 first).
    func expectedLiveResult() -> JSONValue? {
        let codes = responses.compactMap { Int($0.status) }.filter { (200..<300).contains($0) }.sorted()
        let preferred = exampleCase.isLongRunning ? [200, 201, 204].first { codes.contains($0) } : (codes.contains(200) ? 200 : codes.first)
        guard let status = preferred, let body = responses.first(where: { $0.status == String(status) })?.body else { return nil }
        if let itemName = exampleCase.pagedItems { return body[itemName] ?? .array([]) }
        return body
    }
}
