extension ContractComparer {
    /// 1012 RemovedResponseCode: a documented status code (or `default`) is gone.
    mutating func checkRemovedResponseCode(_ responses: Compared<[ContractResponse]>) {
        for code in responses.removed(by: Self.code).map(Self.code) {
            report(.removedResponseCode, Self.responseLocation(code, in: responses.location), "response \(code) removed")
        }
    }
}
