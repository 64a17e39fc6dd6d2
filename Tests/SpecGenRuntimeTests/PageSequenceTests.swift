import Foundation
import HTTPTypes
import PostgreSQLFlexibleServers
@testable import SpecGenRuntime
import Testing

/// The by-page API: each page with its items and continuation token, and resuming from a token.
@Suite struct PageSequenceTests {
    /// Three pages: `/p1` (first request), `/p2`, `/p3`.
    func threePages() -> RecordingTransport {
        RecordingTransport { request, _ in
            let path = request.path ?? ""
            if path.hasPrefix("/p2") { return response(200, #"{"value":[\#(firewallRuleJSON)],"nextLink":"https://management.azure.com/p3"}"#) }
            if path.hasPrefix("/p3") { return response(200, #"{"value":[\#(firewallRuleJSON),\#(firewallRuleJSON)]}"#) }
            return response(200, #"{"value":[\#(firewallRuleJSON)],"nextLink":"https://management.azure.com/p2"}"#)
        }
    }

    @Test func pagesCarryTheirItemsAndTheTokenOfTheNext() async throws {
        let transport = threePages()
        var pages: [(Int, String?)] = []
        for try await page in recordingClient(transport).firewallRules.listByServer(resourceGroupName: "rg", serverName: "server").pages() {
            pages.append((page.items.count, page.continuationToken))
        }
        #expect(pages.map(\.0) == [1, 1, 2])
        #expect(pages.map(\.1) == ["https://management.azure.com/p2", "https://management.azure.com/p3", nil])
    }

    @Test func resumingFromATokenStartsAtTheNextPage() async throws {
        let transport = threePages()
        let list = recordingClient(transport).firewallRules.listByServer(resourceGroupName: "rg", serverName: "server")
        var counts: [Int] = []
        for try await page in list.pages(continuingFrom: "https://management.azure.com/p3") { counts.append(page.items.count) }
        #expect(counts == [2])
        #expect(transport.requests.count == 1, "the first page is not fetched again")
        #expect(transport.requests[0].path?.hasPrefix("/p3?api-version=") == true)
    }

    @Test func aTokenNamingAnotherHostIsRefusedUnsent() async throws {
        let transport = threePages()
        let list = recordingClient(transport).firewallRules.listByServer(resourceGroupName: "rg", serverName: "server")
        await #expect(throws: TokenConfinementError.self) {
            for try await _ in list.pages(continuingFrom: "https://attacker.example/p2") {}
        }
        #expect(transport.requests.isEmpty)
    }

    @Test func theApiVersionOfANextLinkIsReplacedWhateverItsCase() throws {
        let url = try #require(URL(string: "https://example.com/next?API-Version=2020-01-01&$skiptoken=a"))
        let replaced = PagedSequence<Int>.settingAPIVersion("2025-08-01", in: url)
        #expect(replaced.query == "$skiptoken=a&api-version=2025-08-01")
    }
}
