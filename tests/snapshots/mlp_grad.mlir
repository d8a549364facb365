module @mlp attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<8x3xf32>, %arg1: tensor<3x4xf32>, %arg2: tensor<4xf32>) -> (tensor<f32>, tensor<3x4xf32>, tensor<4xf32>) {
    %0 = "stablehlo.dot_general"(%arg0, %arg1) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<8x3xf32>, tensor<3x4xf32>) -> tensor<8x4xf32>
    %1 = "stablehlo.broadcast_in_dim"(%arg2) {broadcast_dimensions = array<i64: 1>} : (tensor<4xf32>) -> tensor<8x4xf32>
    %2 = "stablehlo.add"(%0, %1) : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x4xf32>
    %3 = "stablehlo.tanh"(%2) : (tensor<8x4xf32>) -> tensor<8x4xf32>
    %4 = "stablehlo.multiply"(%3, %3) : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x4xf32>
    %5 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %6 = "stablehlo.reduce"(%4, %5) ({
    ^bb0(%7: tensor<f32>, %8: tensor<f32>):
        %9 = "stablehlo.add"(%7, %8) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%9) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<f32>
    %10 = "stablehlo.constant"() {value = dense<32.0> : tensor<f32>} : () -> tensor<f32>
    %11 = "stablehlo.divide"(%6, %10) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %12 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
    %13 = "stablehlo.divide"(%12, %10) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %14 = "stablehlo.broadcast_in_dim"(%13) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x4xf32>
    %15 = "stablehlo.multiply"(%14, %3) : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x4xf32>
    %16 = "stablehlo.add"(%15, %15) : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x4xf32>
    %17 = "stablehlo.constant"() {value = dense<1.0> : tensor<8x4xf32>} : () -> tensor<8x4xf32>
    %18 = "stablehlo.subtract"(%17, %4) : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x4xf32>
    %19 = "stablehlo.multiply"(%16, %18) : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x4xf32>
    %20 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %21 = "stablehlo.reduce"(%19, %20) ({
    ^bb0(%22: tensor<f32>, %23: tensor<f32>):
        %24 = "stablehlo.add"(%22, %23) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%24) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %25 = "stablehlo.dot_general"(%19, %arg0) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<8x4xf32>, tensor<8x3xf32>) -> tensor<4x3xf32>
    %26 = "stablehlo.transpose"(%25) {permutation = array<i64: 1, 0>} : (tensor<4x3xf32>) -> tensor<3x4xf32>
    return %11, %26, %21 : tensor<f32>, tensor<3x4xf32>, tensor<4xf32>
  }
}
