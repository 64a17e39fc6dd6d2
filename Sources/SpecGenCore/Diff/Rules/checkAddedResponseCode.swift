extension ContractComparer {
    /// 1011 AddingResponseCode: a new status code, which clients may not expect.
    mutating func checkAddedResponseCode(_ responses: Compared<[ContractResponse]>) {
        for code in responses.added(by: Self.code).map(Self.code) {
            report(.addingResponseCode, Self.responseLocation(code, in: responses.location), "new response \(code)")
        }
    }
}
