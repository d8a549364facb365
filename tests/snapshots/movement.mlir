module @movement attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x3xf32>, %arg1: tensor<1x3xf32>) -> (tensor<4x4xf32>, tensor<2xf32>, tensor<2x3xbf16>) {
    %0 = "stablehlo.concatenate"(%arg0, %arg1) {dimension = 0 : i64} : (tensor<2x3xf32>, tensor<1x3xf32>) -> tensor<3x3xf32>
    %1 = "stablehlo.transpose"(%0) {permutation = array<i64: 1, 0>} : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %2 = "stablehlo.reverse"(%1) {dimensions = array<i64: 0>} : (tensor<3x3xf32>) -> tensor<3x3xf32>
    %3 = "stablehlo.slice"(%2) {start_indices = array<i64: 0, 1>, limit_indices = array<i64: 3, 3>, strides = array<i64: 2, 1>} : (tensor<3x3xf32>) -> tensor<2x2xf32>
    %4 = "stablehlo.constant"() {value = dense<0.5> : tensor<f32>} : () -> tensor<f32>
    %5 = "stablehlo.pad"(%3, %4) {edge_padding_low = array<i64: 1, 0>, edge_padding_high = array<i64: 0, 2>, interior_padding = array<i64: 1, 0>} : (tensor<2x2xf32>, tensor<f32>) -> tensor<4x4xf32>
    %6 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %7 = "stablehlo.broadcast_in_dim"(%6) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x3xf32>
    %8 = "stablehlo.compare"(%arg0, %7) {comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
    %9 = "stablehlo.constant"() {value = dense<-1.0> : tensor<f32>} : () -> tensor<f32>
    %10 = "stablehlo.broadcast_in_dim"(%9) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x3xf32>
    %11 = "stablehlo.select"(%8, %arg0, %10) : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %12 = "stablehlo.constant"() {value = dense<-0.5> : tensor<2x3xf32>} : () -> tensor<2x3xf32>
    %13 = "stablehlo.constant"() {value = dense<0.5> : tensor<2x3xf32>} : () -> tensor<2x3xf32>
    %14 = "stablehlo.clamp"(%12, %11, %13) : (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
    %15 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %16 = "stablehlo.reduce"(%14, %15) ({
    ^bb0(%17: tensor<f32>, %18: tensor<f32>):
        %19 = "stablehlo.maximum"(%17, %18) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%19) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2xf32>
    %20 = "stablehlo.constant"() {value = dense<0x7F800000> : tensor<f32>} : () -> tensor<f32>
    %21 = "stablehlo.reduce"(%14, %20) ({
    ^bb0(%22: tensor<f32>, %23: tensor<f32>):
        %24 = "stablehlo.minimum"(%22, %23) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%24) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2xf32>
    %25 = "stablehlo.add"(%16, %21) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %26 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %27 = "stablehlo.reduce"(%arg0, %26) ({
    ^bb0(%28: tensor<f32>, %29: tensor<f32>):
        %30 = "stablehlo.maximum"(%28, %29) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%30) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2xf32>
    %31 = "stablehlo.broadcast_in_dim"(%27) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x3xf32>
    %32 = "stablehlo.compare"(%arg0, %31) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
    %33 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x3xi32>
    %34 = "stablehlo.constant"() {value = dense<3> : tensor<2x3xi32>} : () -> tensor<2x3xi32>
    %35 = "stablehlo.select"(%32, %33, %34) : (tensor<2x3xi1>, tensor<2x3xi32>, tensor<2x3xi32>) -> tensor<2x3xi32>
    %36 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %37 = "stablehlo.reduce"(%35, %36) ({
    ^bb0(%38: tensor<i32>, %39: tensor<i32>):
        %40 = "stablehlo.minimum"(%38, %39) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%40) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x3xi32>, tensor<i32>) -> tensor<2xi32>
    %41 = "stablehlo.convert"(%37) : (tensor<2xi32>) -> tensor<2xf32>
    %42 = "stablehlo.add"(%25, %41) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %43 = "stablehlo.convert"(%arg0) : (tensor<2x3xf32>) -> tensor<2x3xbf16>
    return %5, %42, %43 : tensor<4x4xf32>, tensor<2xf32>, tensor<2x3xbf16>
  }
}
