extension ContractComparer {
    /// 1050 ParameterLocationHasChanged: `x-ms-parameter-location` moved a parameter between the
    /// client (set once) and the method (passed on each call).
    mutating func checkParameterLocation(_ parameter: Compared<ContractParameter>) {
        let holder = parameter.map(\.holder.rawValue)
        if holder.old != holder.new {
            report(.parameterLocationHasChanged, parameter.location, "x-ms-parameter-location changed from \(holder.old) to \(holder.new)")
        }
    }
}
