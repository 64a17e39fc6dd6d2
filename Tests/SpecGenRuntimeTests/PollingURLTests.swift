import Foundation
import HTTPTypes
import Testing
@testable import SpecGenRuntime

/// Where the next poll or page goes: a URL a response names, read relative to the request that
/// named it, and moved whenever a poll answer names a new one.
@Suite struct PollingURLTests {
    static func response(_ status: HTTPResponse.Status, _ headers: [(String, String)] = [], body: String = "") -> (HTTPResponse, Data) {
        var response = HTTPResponse(status: status)
        for (name, value) in headers { response.headerFields[HTTPField.Name(name)!] = value }
        return (response, Data(body.utf8))
    }

    func client(_ transport: RecordingTransport) -> ServiceClient {
        ServiceClient(endpoint: URL(string: "https://example.com")!, credential: nil, scopes: [], transport: transport,
                      options: ClientOptions(pollInterval: .milliseconds(1), maxPollInterval: .milliseconds(1)))
    }

    @Test func aRelativeLocationIsResolvedAndEachPollsLocationFollowed() async throws {
        let transport = RecordingTransport { _, index in
            switch index {
            case 0: return Self.response(.accepted, [("Location", "/post/202/retry/200")])
            case 1: return Self.response(.accepted, [("Location", "/post/newuri/202/retry/200")])
            default: return Self.response(.noContent)
            }
        }
        let request = HTTPRequest(method: .post, scheme: "https", authority: "example.com", path: "/lro/post")
        let operation = try await LongRunningOperation<NoContent>.begin((request, nil), finalStateVia: nil, client: client(transport))
        _ = try await operation.pollUntilDone()
        #expect(transport.urls == ["https://example.com/lro/post", "https://example.com/post/202/retry/200", "https://example.com/post/newuri/202/retry/200"])
    }

    @Test func aStatusMonitorMovesWhenItsAnswerNamesAnother() async throws {
        let transport = RecordingTransport { _, index in
            switch index {
            case 0: return Self.response(.created, [("Azure-AsyncOperation", "https://example.com/op/1/")], body: #"{"provisioningState":"Accepted"}"#)
            case 1: return Self.response(.ok, [("Azure-AsyncOperation", "https://example.com/op/1")], body: #"{"status":"InProgress"}"#)
            case 2: return Self.response(.ok, body: #"{"status":"Succeeded"}"#)
            default: return Self.response(.ok, body: #"{"provisioningState":"Succeeded"}"#)
            }
        }
        let request = HTTPRequest(method: .put, scheme: "https", authority: "example.com", path: "/things/1")
        let operation = try await LongRunningOperation<NoContent>.begin((request, Data("{}".utf8)), finalStateVia: nil, client: client(transport))
        _ = try await operation.pollUntilDone()
        #expect(Array(transport.urls.prefix(3)) == ["https://example.com/things/1", "https://example.com/op/1/", "https://example.com/op/1"])
    }

    @Test func aRelativeNextLinkIsReadAgainstThePageThatNamedIt() async throws {
        let transport = RecordingTransport { _, index in
            index == 0 ? Self.response(.ok, body: #"{"value":[],"nextLink":"/paging/2"}"#) : Self.response(.ok, body: #"{"value":[1]}"#)
        }
        struct Page: Decodable { var value: [Int]; var nextLink: String? }
        let sequence = PagedSequence<Int>(client: client(transport), apiVersion: nil, firstRequest: {
            (HTTPRequest(method: .get, scheme: "https", authority: "example.com", path: "/paging/1"), nil)
        }, decodePage: { response, data in
            let page = try ResponseDecoding.body(Page.self, from: data, response: response)
            return (page.value, page.nextLink)
        })
        var items: [Int] = []
        for try await item in sequence { items.append(item) }
        #expect(items == [1])
        #expect(transport.urls == ["https://example.com/paging/1", "https://example.com/paging/2"])
    }
}
