import AcceptanceSupport
import Foundation
import SpecGenRuntime
import SubscriptionIdApiVersion
import Testing

/// subscriptionId-apiVersion.json: `GET /subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}`
/// with the client's `subscriptionId` and `api-version` (2014-04-01-preview, the only query item
/// the server accepts).
@Suite struct SubscriptionIdApiVersionTests {
    @Test func resourceGroupWithClientSubscriptionAndApiVersion() async throws {
        let client = SubscriptionIdApiVersionClient(subscriptionId: "test12", endpoint: TestServer.url, options: TestServer.options)
        let group = try await client.group.getSampleResourceGroup(resourceGroupName: "testgroup101")
        #expect(group.name == "testgroup101")
        #expect(group.location == "West US")
    }

    /// Another api-version is refused by the server: the client's value is what is sent.
    @Test func clientApiVersionIsWhatIsSent() async throws {
        let client = SubscriptionIdApiVersionClient(subscriptionId: "test12", endpoint: TestServer.url, apiVersion: "2099-01-01", options: TestServer.options)
        let error = await #expect(throws: ServiceError.self) { _ = try await client.group.getSampleResourceGroup(resourceGroupName: "testgroup101") }
        #expect(error?.status == 400)
    }
}
