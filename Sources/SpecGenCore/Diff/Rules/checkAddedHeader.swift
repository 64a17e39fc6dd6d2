extension ContractComparer {
    /// 1013 AddingHeader: a response sends a new header.
    mutating func checkAddedHeader(_ response: Compared<ContractResponse>) {
        for header in Self.headerNames(response).added(by: { $0 }) {
            report(.addingHeader, response.location, "header \(header) added")
        }
    }
}
