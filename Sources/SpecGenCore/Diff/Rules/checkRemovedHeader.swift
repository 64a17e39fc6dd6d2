extension ContractComparer {
    /// 1014 RemovingHeader: a response no longer sends a header (names compare without case).
    mutating func checkRemovedHeader(_ response: Compared<ContractResponse>) {
        for header in Self.headerNames(response).removed(by: { $0 }) {
            report(.removingHeader, response.location, "header \(header) removed")
        }
    }

    static func headerNames(_ response: Compared<ContractResponse>) -> Compared<[String]> {
        response.map { $0.headers.map { $0.name.lowercased() } }
    }
}
