extension ContractComparer {
    /// 1044 XmsLongRunningOperationChanged: the operation became, or stopped being, long-running
    /// (clients poll, or not); or it finishes through another header, potentially breaking only:
    /// a poller follows what the contract says.
    mutating func checkLongRunningOperation(_ operation: Compared<ContractOperation>) {
        let isLongRunning = operation.map(\.isLongRunning)
        if isLongRunning.old != isLongRunning.new {
            report(.xmsLongRunningOperationChanged, operation.location, "x-ms-long-running-operation is now \(isLongRunning.new)")
        }
        let finalStateVia = operation.map { $0.longRunningOptions?.finalStateVia }
        if finalStateVia.old != finalStateVia.new {
            report(.xmsLongRunningOperationChanged, operation.location, Self.changed("final-state-via", finalStateVia),
                   severity: .potentiallyBreaking)
        }
    }
}
