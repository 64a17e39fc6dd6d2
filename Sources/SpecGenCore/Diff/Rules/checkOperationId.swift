extension ContractComparer {
    /// 1008 ModifiedOperationId: the same method and path have another `operationId` (generated
    /// names follow it).
    mutating func checkOperationId(_ operation: Compared<ContractOperation>) {
        let id = operation.map(\.operationId)
        if id.old != id.new {
            report(.modifiedOperationId, operation.location, "operationId changed from \(id.old) to \(id.new)")
        }
    }
}
