import AcceptanceSupport
import Foundation
import Head
import SpecGenRuntime
import Testing

/// head.json: HEAD `/http/success/{200,204,404}`, each documenting 404 next to its 2xx: the
/// client answers whether the resource exists.
@Suite struct HeadTests {
    let client = HeadClient(endpoint: TestServer.url, options: TestServer.options)

    @Test func head200Exists() async throws {
        #expect(try await client.httpSuccess.head200() == true)
    }

    @Test func head204Exists() async throws {
        #expect(try await client.httpSuccess.head204() == true)
    }

    @Test func head404DoesNotExist() async throws {
        #expect(try await client.httpSuccess.head404() == false)
    }
}
