import Foundation
import HTTPTypes
@testable import SpecGenRuntime
import Testing

/// Which scheme and host may receive the bearer token, decided without sending anything.
@Suite struct TokenConfinementTests {
    let arm = TokenConfinement(endpoint: URL(string: "https://management.azure.com")!)

    func refusal(_ confinement: TokenConfinement, _ url: String) -> TokenConfinementError? {
        do {
            try confinement.check(URL(string: url)!)
            return nil
        } catch {
            return error as? TokenConfinementError
        }
    }

    @Test func endpointHostOverHTTPSGetsTheToken() {
        #expect(refusal(arm, "https://management.azure.com/subscriptions?api-version=1") == nil)
        #expect(refusal(arm, "https://Management.Azure.COM./x") == nil, "hosts compare case-insensitively, trailing dot ignored")
        #expect(refusal(arm, "https://management.azure.com:443/x") == nil, "443 is https's own port")
    }

    @Test func anotherHostIsRefusedAndNamed() throws {
        let error = try #require(refusal(arm, "https://attacker.example/next?$skipToken=1"))
        #expect(error.reason == .foreignHost)
        #expect(error.host == "attacker.example")
        #expect(error.description.contains("attacker.example"))
        #expect(error.description.contains("additionalTokenHosts"))
        // Look-alikes of the endpoint host are other hosts.
        #expect(refusal(arm, "https://management.azure.com.attacker.example/x")?.reason == .foreignHost)
        #expect(refusal(arm, "https://evil-management.azure.com/x")?.reason == .foreignHost)
        #expect(refusal(arm, "https://management.azure.com:8443/x")?.host == "management.azure.com:8443", "another port is another server")
    }

    @Test func userInfoDoesNotDisguiseTheHost() throws {
        let request = HTTPRequest(method: .get, scheme: "https", authority: "management.azure.com@attacker.example", path: "/")
        #expect(throws: TokenConfinementError.self) { try arm.check(request) }
        #expect(refusal(arm, "https://management.azure.com@attacker.example/")?.host == "attacker.example")
    }

    @Test func plainHTTPIsRefusedExceptOnLoopback() throws {
        let error = try #require(refusal(arm, "http://management.azure.com/x"))
        #expect(error.reason == .insecureScheme)
        #expect(error.description.contains("management.azure.com"))
        #expect(refusal(arm, "ftp://management.azure.com/x")?.reason == .insecureScheme)

        let plain = TokenConfinement(endpoint: URL(string: "http://service.example")!)
        #expect(refusal(plain, "http://service.example/x")?.reason == .insecureScheme, "a plain-http endpoint gets no token either")

        let loopback = TokenConfinement(endpoint: URL(string: "http://127.0.0.1:8080")!)
        #expect(refusal(loopback, "http://127.0.0.1:8080/x") == nil)
        #expect(refusal(loopback, "https://127.0.0.1:8080/x") == nil)
        #expect(refusal(loopback, "http://127.0.0.2:8080/x")?.reason == .foreignHost, "another loopback address is another host")
        #expect(refusal(loopback, "http://127.0.0.1:8081/x")?.reason == .foreignHost)
        let v6 = TokenConfinement(endpoint: URL(string: "http://[::1]:9000")!)
        #expect(refusal(v6, "http://[::1]:9000/x") == nil)
        #expect(refusal(v6, "http://[::2]:9000/x")?.reason == .insecureScheme)
    }

    @Test func loopbackIsTheLoopbackNetworkOnly() {
        for host in ["127.0.0.1", "127.0.0.2", "127.255.255.254", "localhost", "LOCALHOST.", "::1", "[::1]", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1"] {
            #expect(TokenConfinement.isLoopback(host: host), "\(host)")
        }
        for host in ["128.0.0.1", "10.0.0.1", "127.0.0.1.attacker.example", "localhost.attacker.example", "127.1",
                     "0127.0.0.1", "::2", "::ffff:10.0.0.1", "", "attacker.example"] {
            #expect(!TokenConfinement.isLoopback(host: host), "\(host)")
        }
    }

    @Test func hostsAllowedInOptionsGetTheToken() {
        let confinement = TokenConfinement(endpoint: URL(string: "https://management.azure.com")!,
                                           additionalHosts: ["Results.Example.", "polls.example:8443", "[::1]:7000", "bad:port"])
        #expect(refusal(confinement, "https://results.example/x") == nil)
        #expect(refusal(confinement, "https://results.example:444/x")?.reason == .foreignHost, "no port: the scheme's default only")
        #expect(refusal(confinement, "http://results.example/x")?.reason == .insecureScheme, "allowed hosts still need https")
        #expect(refusal(confinement, "https://polls.example:8443/x") == nil)
        #expect(refusal(confinement, "https://polls.example/x")?.reason == .foreignHost)
        #expect(refusal(confinement, "http://[::1]:7000/x") == nil)
        #expect(refusal(confinement, "https://bad/x")?.reason == .foreignHost, "an unreadable entry allows nothing")
    }
}
