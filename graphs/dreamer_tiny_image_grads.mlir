module @dreamer_tiny_image_grads attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x16x16x3xui8>, %arg1: tensor<2x32xf32>, %arg2: tensor<4x4x3x4xf32>, %arg3: tensor<4xf32>, %arg4: tensor<4xf32>, %arg5: tensor<4x4x4x8xf32>, %arg6: tensor<8xf32>, %arg7: tensor<8xf32>, %arg8: tensor<32x128xf32>, %arg9: tensor<128xf32>, %arg10: tensor<4x4x8x4xf32>, %arg11: tensor<4xf32>, %arg12: tensor<4xf32>, %arg13: tensor<4x4x4x3xf32>, %arg14: tensor<3xf32>) -> (tensor<f32>, tensor<4x4x3x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4x4x4x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<32x128xf32>, tensor<128xf32>, tensor<4x4x8x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4x4x4x3xf32>, tensor<3xf32>) {
    %0 = "stablehlo.convert"(%arg0) : (tensor<2x16x16x3xui8>) -> tensor<2x16x16x3xf32>
    %1 = "stablehlo.constant"() {value = dense<255.0> : tensor<2x16x16x3xf32>} : () -> tensor<2x16x16x3xf32>
    %2 = "stablehlo.divide"(%0, %1) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %3 = "stablehlo.constant"() {value = dense<0.5> : tensor<2x16x16x3xf32>} : () -> tensor<2x16x16x3xf32>
    %4 = "stablehlo.subtract"(%2, %3) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %5 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %6 = "stablehlo.pad"(%4, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x16x16x3xf32>, tensor<f32>) -> tensor<2x18x18x3xf32>
    %7 = "stablehlo.pad"(%6, %5) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x18x18x3xf32>, tensor<f32>) -> tensor<2x18x18x3xf32>
    %8 = "stablehlo.reshape"(%7) : (tensor<2x18x18x3xf32>) -> tensor<2x9x2x9x2x3xf32>
    %9 = "stablehlo.transpose"(%8) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<2x9x2x9x2x3xf32>) -> tensor<2x9x9x2x2x3xf32>
    %10 = "stablehlo.slice"(%9) {start_indices = array<i64: 0, 0, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 8, 2, 2, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x9x9x2x2x3xf32>) -> tensor<2x8x8x2x2x3xf32>
    %11 = "stablehlo.reshape"(%10) : (tensor<2x8x8x2x2x3xf32>) -> tensor<128x12xf32>
    %12 = "stablehlo.slice"(%9) {start_indices = array<i64: 0, 0, 1, 0, 0, 0>, limit_indices = array<i64: 2, 8, 9, 2, 2, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x9x9x2x2x3xf32>) -> tensor<2x8x8x2x2x3xf32>
    %13 = "stablehlo.reshape"(%12) : (tensor<2x8x8x2x2x3xf32>) -> tensor<128x12xf32>
    %14 = "stablehlo.slice"(%9) {start_indices = array<i64: 0, 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 9, 8, 2, 2, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x9x9x2x2x3xf32>) -> tensor<2x8x8x2x2x3xf32>
    %15 = "stablehlo.reshape"(%14) : (tensor<2x8x8x2x2x3xf32>) -> tensor<128x12xf32>
    %16 = "stablehlo.slice"(%9) {start_indices = array<i64: 0, 1, 1, 0, 0, 0>, limit_indices = array<i64: 2, 9, 9, 2, 2, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x9x9x2x2x3xf32>) -> tensor<2x8x8x2x2x3xf32>
    %17 = "stablehlo.reshape"(%16) : (tensor<2x8x8x2x2x3xf32>) -> tensor<128x12xf32>
    %18 = "stablehlo.concatenate"(%11, %13, %15, %17) {dimension = 1 : i64} : (tensor<128x12xf32>, tensor<128x12xf32>, tensor<128x12xf32>, tensor<128x12xf32>) -> tensor<128x48xf32>
    %19 = "stablehlo.pad"(%arg2, %5) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x4x3x4xf32>, tensor<f32>) -> tensor<4x4x3x4xf32>
    %20 = "stablehlo.reshape"(%19) : (tensor<4x4x3x4xf32>) -> tensor<2x2x2x2x3x4xf32>
    %21 = "stablehlo.transpose"(%20) {permutation = array<i64: 0, 2, 1, 3, 4, 5>} : (tensor<2x2x2x2x3x4xf32>) -> tensor<2x2x2x2x3x4xf32>
    %22 = "stablehlo.reshape"(%21) : (tensor<2x2x2x2x3x4xf32>) -> tensor<48x4xf32>
    %23 = "stablehlo.dot_general"(%18, %22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<128x48xf32>, tensor<48x4xf32>) -> tensor<128x4xf32>
    %24 = "stablehlo.reshape"(%23) : (tensor<128x4xf32>) -> tensor<2x8x8x4xf32>
    %25 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %26 = "stablehlo.reduce"(%24, %25) ({
    ^bb0(%27: tensor<f32>, %28: tensor<f32>):
        %29 = "stablehlo.add"(%27, %28) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%29) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %30 = "stablehlo.reshape"(%26) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %31 = "stablehlo.constant"() {value = dense<4.0> : tensor<2x8x8x1xf32>} : () -> tensor<2x8x8x1xf32>
    %32 = "stablehlo.divide"(%30, %31) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %33 = "stablehlo.broadcast_in_dim"(%32) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x8x8x1xf32>) -> tensor<2x8x8x4xf32>
    %34 = "stablehlo.subtract"(%24, %33) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %35 = "stablehlo.multiply"(%34, %34) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %36 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %37 = "stablehlo.reduce"(%35, %36) ({
    ^bb0(%38: tensor<f32>, %39: tensor<f32>):
        %40 = "stablehlo.add"(%38, %39) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%40) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %41 = "stablehlo.reshape"(%37) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %42 = "stablehlo.divide"(%41, %31) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %43 = "stablehlo.constant"() {value = dense<0.001> : tensor<2x8x8x1xf32>} : () -> tensor<2x8x8x1xf32>
    %44 = "stablehlo.add"(%42, %43) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %45 = "stablehlo.rsqrt"(%44) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %46 = "stablehlo.broadcast_in_dim"(%45) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x8x8x1xf32>) -> tensor<2x8x8x4xf32>
    %47 = "stablehlo.multiply"(%34, %46) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %48 = "stablehlo.broadcast_in_dim"(%arg3) {broadcast_dimensions = array<i64: 3>} : (tensor<4xf32>) -> tensor<2x8x8x4xf32>
    %49 = "stablehlo.multiply"(%47, %48) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %50 = "stablehlo.broadcast_in_dim"(%arg4) {broadcast_dimensions = array<i64: 3>} : (tensor<4xf32>) -> tensor<2x8x8x4xf32>
    %51 = "stablehlo.add"(%49, %50) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %52 = "stablehlo.logistic"(%51) : (tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %53 = "stablehlo.multiply"(%51, %52) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %54 = "stablehlo.pad"(%53, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x10x10x4xf32>
    %55 = "stablehlo.pad"(%54, %5) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x10x10x4xf32>, tensor<f32>) -> tensor<2x10x10x4xf32>
    %56 = "stablehlo.reshape"(%55) : (tensor<2x10x10x4xf32>) -> tensor<2x5x2x5x2x4xf32>
    %57 = "stablehlo.transpose"(%56) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<2x5x2x5x2x4xf32>) -> tensor<2x5x5x2x2x4xf32>
    %58 = "stablehlo.slice"(%57) {start_indices = array<i64: 0, 0, 0, 0, 0, 0>, limit_indices = array<i64: 2, 4, 4, 2, 2, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x5x5x2x2x4xf32>) -> tensor<2x4x4x2x2x4xf32>
    %59 = "stablehlo.reshape"(%58) : (tensor<2x4x4x2x2x4xf32>) -> tensor<32x16xf32>
    %60 = "stablehlo.slice"(%57) {start_indices = array<i64: 0, 0, 1, 0, 0, 0>, limit_indices = array<i64: 2, 4, 5, 2, 2, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x5x5x2x2x4xf32>) -> tensor<2x4x4x2x2x4xf32>
    %61 = "stablehlo.reshape"(%60) : (tensor<2x4x4x2x2x4xf32>) -> tensor<32x16xf32>
    %62 = "stablehlo.slice"(%57) {start_indices = array<i64: 0, 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 5, 4, 2, 2, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x5x5x2x2x4xf32>) -> tensor<2x4x4x2x2x4xf32>
    %63 = "stablehlo.reshape"(%62) : (tensor<2x4x4x2x2x4xf32>) -> tensor<32x16xf32>
    %64 = "stablehlo.slice"(%57) {start_indices = array<i64: 0, 1, 1, 0, 0, 0>, limit_indices = array<i64: 2, 5, 5, 2, 2, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x5x5x2x2x4xf32>) -> tensor<2x4x4x2x2x4xf32>
    %65 = "stablehlo.reshape"(%64) : (tensor<2x4x4x2x2x4xf32>) -> tensor<32x16xf32>
    %66 = "stablehlo.concatenate"(%59, %61, %63, %65) {dimension = 1 : i64} : (tensor<32x16xf32>, tensor<32x16xf32>, tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x64xf32>
    %67 = "stablehlo.pad"(%arg5, %5) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x4x4x8xf32>, tensor<f32>) -> tensor<4x4x4x8xf32>
    %68 = "stablehlo.reshape"(%67) : (tensor<4x4x4x8xf32>) -> tensor<2x2x2x2x4x8xf32>
    %69 = "stablehlo.transpose"(%68) {permutation = array<i64: 0, 2, 1, 3, 4, 5>} : (tensor<2x2x2x2x4x8xf32>) -> tensor<2x2x2x2x4x8xf32>
    %70 = "stablehlo.reshape"(%69) : (tensor<2x2x2x2x4x8xf32>) -> tensor<64x8xf32>
    %71 = "stablehlo.dot_general"(%66, %70) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<32x64xf32>, tensor<64x8xf32>) -> tensor<32x8xf32>
    %72 = "stablehlo.reshape"(%71) : (tensor<32x8xf32>) -> tensor<2x4x4x8xf32>
    %73 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %74 = "stablehlo.reduce"(%72, %73) ({
    ^bb0(%75: tensor<f32>, %76: tensor<f32>):
        %77 = "stablehlo.add"(%75, %76) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%77) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %78 = "stablehlo.reshape"(%74) : (tensor<2x4x4xf32>) -> tensor<2x4x4x1xf32>
    %79 = "stablehlo.constant"() {value = dense<8.0> : tensor<2x4x4x1xf32>} : () -> tensor<2x4x4x1xf32>
    %80 = "stablehlo.divide"(%78, %79) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %81 = "stablehlo.broadcast_in_dim"(%80) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x4x1xf32>) -> tensor<2x4x4x8xf32>
    %82 = "stablehlo.subtract"(%72, %81) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %83 = "stablehlo.multiply"(%82, %82) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %84 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %85 = "stablehlo.reduce"(%83, %84) ({
    ^bb0(%86: tensor<f32>, %87: tensor<f32>):
        %88 = "stablehlo.add"(%86, %87) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%88) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %89 = "stablehlo.reshape"(%85) : (tensor<2x4x4xf32>) -> tensor<2x4x4x1xf32>
    %90 = "stablehlo.divide"(%89, %79) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %91 = "stablehlo.constant"() {value = dense<0.001> : tensor<2x4x4x1xf32>} : () -> tensor<2x4x4x1xf32>
    %92 = "stablehlo.add"(%90, %91) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %93 = "stablehlo.rsqrt"(%92) : (tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %94 = "stablehlo.broadcast_in_dim"(%93) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x4x1xf32>) -> tensor<2x4x4x8xf32>
    %95 = "stablehlo.multiply"(%82, %94) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %96 = "stablehlo.broadcast_in_dim"(%arg6) {broadcast_dimensions = array<i64: 3>} : (tensor<8xf32>) -> tensor<2x4x4x8xf32>
    %97 = "stablehlo.multiply"(%95, %96) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %98 = "stablehlo.broadcast_in_dim"(%arg7) {broadcast_dimensions = array<i64: 3>} : (tensor<8xf32>) -> tensor<2x4x4x8xf32>
    %99 = "stablehlo.add"(%97, %98) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %100 = "stablehlo.logistic"(%99) : (tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %101 = "stablehlo.multiply"(%99, %100) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %102 = "stablehlo.reshape"(%101) : (tensor<2x4x4x8xf32>) -> tensor<2x128xf32>
    %103 = "stablehlo.dot_general"(%arg1, %arg8) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<32x128xf32>) -> tensor<2x128xf32>
    %104 = "stablehlo.broadcast_in_dim"(%arg9) {broadcast_dimensions = array<i64: 1>} : (tensor<128xf32>) -> tensor<2x128xf32>
    %105 = "stablehlo.add"(%103, %104) : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x128xf32>
    %106 = "stablehlo.reshape"(%105) : (tensor<2x128xf32>) -> tensor<2x4x4x8xf32>
    %107 = "stablehlo.transpose"(%arg10) {permutation = array<i64: 2, 0, 1, 3>} : (tensor<4x4x8x4xf32>) -> tensor<8x4x4x4xf32>
    %108 = "stablehlo.reshape"(%107) : (tensor<8x4x4x4xf32>) -> tensor<8x64xf32>
    %109 = "stablehlo.reshape"(%106) : (tensor<2x4x4x8xf32>) -> tensor<32x8xf32>
    %110 = "stablehlo.dot_general"(%109, %108) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<32x8xf32>, tensor<8x64xf32>) -> tensor<32x64xf32>
    %111 = "stablehlo.reshape"(%110) : (tensor<32x64xf32>) -> tensor<2x4x4x4x4x4xf32>
    %112 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 1, 1, 0>, limit_indices = array<i64: 2, 4, 4, 2, 2, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %113 = "stablehlo.reshape"(%112) : (tensor<2x4x4x1x1x4xf32>) -> tensor<2x4x4x4xf32>
    %114 = "stablehlo.pad"(%113, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x5x5x4xf32>
    %115 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 1, 3, 0>, limit_indices = array<i64: 2, 4, 4, 2, 4, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %116 = "stablehlo.reshape"(%115) : (tensor<2x4x4x1x1x4xf32>) -> tensor<2x4x4x4xf32>
    %117 = "stablehlo.pad"(%116, %5) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x5x5x4xf32>
    %118 = "stablehlo.add"(%114, %117) : (tensor<2x5x5x4xf32>, tensor<2x5x5x4xf32>) -> tensor<2x5x5x4xf32>
    %119 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 3, 1, 0>, limit_indices = array<i64: 2, 4, 4, 4, 2, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %120 = "stablehlo.reshape"(%119) : (tensor<2x4x4x1x1x4xf32>) -> tensor<2x4x4x4xf32>
    %121 = "stablehlo.pad"(%120, %5) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x5x5x4xf32>
    %122 = "stablehlo.add"(%118, %121) : (tensor<2x5x5x4xf32>, tensor<2x5x5x4xf32>) -> tensor<2x5x5x4xf32>
    %123 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 3, 3, 0>, limit_indices = array<i64: 2, 4, 4, 4, 4, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %124 = "stablehlo.reshape"(%123) : (tensor<2x4x4x1x1x4xf32>) -> tensor<2x4x4x4xf32>
    %125 = "stablehlo.pad"(%124, %5) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x5x5x4xf32>
    %126 = "stablehlo.add"(%122, %125) : (tensor<2x5x5x4xf32>, tensor<2x5x5x4xf32>) -> tensor<2x5x5x4xf32>
    %127 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 1, 0, 0>, limit_indices = array<i64: 2, 4, 4, 2, 1, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %128 = "stablehlo.reshape"(%127) : (tensor<2x4x4x1x1x4xf32>) -> tensor<2x4x4x4xf32>
    %129 = "stablehlo.pad"(%128, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x5x5x4xf32>
    %130 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 1, 2, 0>, limit_indices = array<i64: 2, 4, 4, 2, 3, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %131 = "stablehlo.reshape"(%130) : (tensor<2x4x4x1x1x4xf32>) -> tensor<2x4x4x4xf32>
    %132 = "stablehlo.pad"(%131, %5) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x5x5x4xf32>
    %133 = "stablehlo.add"(%129, %132) : (tensor<2x5x5x4xf32>, tensor<2x5x5x4xf32>) -> tensor<2x5x5x4xf32>
    %134 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 3, 0, 0>, limit_indices = array<i64: 2, 4, 4, 4, 1, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %135 = "stablehlo.reshape"(%134) : (tensor<2x4x4x1x1x4xf32>) -> tensor<2x4x4x4xf32>
    %136 = "stablehlo.pad"(%135, %5) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x5x5x4xf32>
    %137 = "stablehlo.add"(%133, %136) : (tensor<2x5x5x4xf32>, tensor<2x5x5x4xf32>) -> tensor<2x5x5x4xf32>
    %138 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 3, 2, 0>, limit_indices = array<i64: 2, 4, 4, 4, 3, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %139 = "stablehlo.reshape"(%138) : (tensor<2x4x4x1x1x4xf32>) -> tensor<2x4x4x4xf32>
    %140 = "stablehlo.pad"(%139, %5) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x5x5x4xf32>
    %141 = "stablehlo.add"(%137, %140) : (tensor<2x5x5x4xf32>, tensor<2x5x5x4xf32>) -> tensor<2x5x5x4xf32>
    %142 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 0, 1, 0>, limit_indices = array<i64: 2, 4, 4, 1, 2, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %143 = "stablehlo.reshape"(%142) : (tensor<2x4x4x1x1x4xf32>) -> tensor<2x4x4x4xf32>
    %144 = "stablehlo.pad"(%143, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x5x5x4xf32>
    %145 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 0, 3, 0>, limit_indices = array<i64: 2, 4, 4, 1, 4, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %146 = "stablehlo.reshape"(%145) : (tensor<2x4x4x1x1x4xf32>) -> tensor<2x4x4x4xf32>
    %147 = "stablehlo.pad"(%146, %5) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x5x5x4xf32>
    %148 = "stablehlo.add"(%144, %147) : (tensor<2x5x5x4xf32>, tensor<2x5x5x4xf32>) -> tensor<2x5x5x4xf32>
    %149 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 2, 1, 0>, limit_indices = array<i64: 2, 4, 4, 3, 2, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %150 = "stablehlo.reshape"(%149) : (tensor<2x4x4x1x1x4xf32>) -> tensor<2x4x4x4xf32>
    %151 = "stablehlo.pad"(%150, %5) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x5x5x4xf32>
    %152 = "stablehlo.add"(%148, %151) : (tensor<2x5x5x4xf32>, tensor<2x5x5x4xf32>) -> tensor<2x5x5x4xf32>
    %153 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 2, 3, 0>, limit_indices = array<i64: 2, 4, 4, 3, 4, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %154 = "stablehlo.reshape"(%153) : (tensor<2x4x4x1x1x4xf32>) -> tensor<2x4x4x4xf32>
    %155 = "stablehlo.pad"(%154, %5) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x5x5x4xf32>
    %156 = "stablehlo.add"(%152, %155) : (tensor<2x5x5x4xf32>, tensor<2x5x5x4xf32>) -> tensor<2x5x5x4xf32>
    %157 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 0, 0, 0>, limit_indices = array<i64: 2, 4, 4, 1, 1, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %158 = "stablehlo.reshape"(%157) : (tensor<2x4x4x1x1x4xf32>) -> tensor<2x4x4x4xf32>
    %159 = "stablehlo.pad"(%158, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x5x5x4xf32>
    %160 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 0, 2, 0>, limit_indices = array<i64: 2, 4, 4, 1, 3, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %161 = "stablehlo.reshape"(%160) : (tensor<2x4x4x1x1x4xf32>) -> tensor<2x4x4x4xf32>
    %162 = "stablehlo.pad"(%161, %5) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x5x5x4xf32>
    %163 = "stablehlo.add"(%159, %162) : (tensor<2x5x5x4xf32>, tensor<2x5x5x4xf32>) -> tensor<2x5x5x4xf32>
    %164 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 2, 0, 0>, limit_indices = array<i64: 2, 4, 4, 3, 1, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %165 = "stablehlo.reshape"(%164) : (tensor<2x4x4x1x1x4xf32>) -> tensor<2x4x4x4xf32>
    %166 = "stablehlo.pad"(%165, %5) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x5x5x4xf32>
    %167 = "stablehlo.add"(%163, %166) : (tensor<2x5x5x4xf32>, tensor<2x5x5x4xf32>) -> tensor<2x5x5x4xf32>
    %168 = "stablehlo.slice"(%111) {start_indices = array<i64: 0, 0, 0, 2, 2, 0>, limit_indices = array<i64: 2, 4, 4, 3, 3, 4>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %169 = "stablehlo.reshape"(%168) : (tensor<2x4x4x1x1x4xf32>) -> tensor<2x4x4x4xf32>
    %170 = "stablehlo.pad"(%169, %5) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x4xf32>, tensor<f32>) -> tensor<2x5x5x4xf32>
    %171 = "stablehlo.add"(%167, %170) : (tensor<2x5x5x4xf32>, tensor<2x5x5x4xf32>) -> tensor<2x5x5x4xf32>
    %172 = "stablehlo.concatenate"(%126, %141, %156, %171) {dimension = 3 : i64} : (tensor<2x5x5x4xf32>, tensor<2x5x5x4xf32>, tensor<2x5x5x4xf32>, tensor<2x5x5x4xf32>) -> tensor<2x5x5x16xf32>
    %173 = "stablehlo.reshape"(%172) : (tensor<2x5x5x16xf32>) -> tensor<2x5x5x2x2x4xf32>
    %174 = "stablehlo.transpose"(%173) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<2x5x5x2x2x4xf32>) -> tensor<2x5x2x5x2x4xf32>
    %175 = "stablehlo.reshape"(%174) : (tensor<2x5x2x5x2x4xf32>) -> tensor<2x10x10x4xf32>
    %176 = "stablehlo.slice"(%175) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 9, 9, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x10x10x4xf32>) -> tensor<2x8x8x4xf32>
    %177 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %178 = "stablehlo.reduce"(%176, %177) ({
    ^bb0(%179: tensor<f32>, %180: tensor<f32>):
        %181 = "stablehlo.add"(%179, %180) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%181) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %182 = "stablehlo.reshape"(%178) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %183 = "stablehlo.divide"(%182, %31) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %184 = "stablehlo.broadcast_in_dim"(%183) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x8x8x1xf32>) -> tensor<2x8x8x4xf32>
    %185 = "stablehlo.subtract"(%176, %184) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %186 = "stablehlo.multiply"(%185, %185) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %187 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %188 = "stablehlo.reduce"(%186, %187) ({
    ^bb0(%189: tensor<f32>, %190: tensor<f32>):
        %191 = "stablehlo.add"(%189, %190) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%191) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %192 = "stablehlo.reshape"(%188) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %193 = "stablehlo.divide"(%192, %31) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %194 = "stablehlo.add"(%193, %43) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %195 = "stablehlo.rsqrt"(%194) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %196 = "stablehlo.broadcast_in_dim"(%195) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x8x8x1xf32>) -> tensor<2x8x8x4xf32>
    %197 = "stablehlo.multiply"(%185, %196) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %198 = "stablehlo.broadcast_in_dim"(%arg11) {broadcast_dimensions = array<i64: 3>} : (tensor<4xf32>) -> tensor<2x8x8x4xf32>
    %199 = "stablehlo.multiply"(%197, %198) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %200 = "stablehlo.broadcast_in_dim"(%arg12) {broadcast_dimensions = array<i64: 3>} : (tensor<4xf32>) -> tensor<2x8x8x4xf32>
    %201 = "stablehlo.add"(%199, %200) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %202 = "stablehlo.logistic"(%201) : (tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %203 = "stablehlo.multiply"(%201, %202) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %204 = "stablehlo.transpose"(%arg13) {permutation = array<i64: 2, 0, 1, 3>} : (tensor<4x4x4x3xf32>) -> tensor<4x4x4x3xf32>
    %205 = "stablehlo.reshape"(%204) : (tensor<4x4x4x3xf32>) -> tensor<4x48xf32>
    %206 = "stablehlo.reshape"(%203) : (tensor<2x8x8x4xf32>) -> tensor<128x4xf32>
    %207 = "stablehlo.dot_general"(%206, %205) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<128x4xf32>, tensor<4x48xf32>) -> tensor<128x48xf32>
    %208 = "stablehlo.reshape"(%207) : (tensor<128x48xf32>) -> tensor<2x8x8x4x4x3xf32>
    %209 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 1, 1, 0>, limit_indices = array<i64: 2, 8, 8, 2, 2, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %210 = "stablehlo.reshape"(%209) : (tensor<2x8x8x1x1x3xf32>) -> tensor<2x8x8x3xf32>
    %211 = "stablehlo.pad"(%210, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x9x9x3xf32>
    %212 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 1, 3, 0>, limit_indices = array<i64: 2, 8, 8, 2, 4, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %213 = "stablehlo.reshape"(%212) : (tensor<2x8x8x1x1x3xf32>) -> tensor<2x8x8x3xf32>
    %214 = "stablehlo.pad"(%213, %5) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x9x9x3xf32>
    %215 = "stablehlo.add"(%211, %214) : (tensor<2x9x9x3xf32>, tensor<2x9x9x3xf32>) -> tensor<2x9x9x3xf32>
    %216 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 3, 1, 0>, limit_indices = array<i64: 2, 8, 8, 4, 2, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %217 = "stablehlo.reshape"(%216) : (tensor<2x8x8x1x1x3xf32>) -> tensor<2x8x8x3xf32>
    %218 = "stablehlo.pad"(%217, %5) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x9x9x3xf32>
    %219 = "stablehlo.add"(%215, %218) : (tensor<2x9x9x3xf32>, tensor<2x9x9x3xf32>) -> tensor<2x9x9x3xf32>
    %220 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 3, 3, 0>, limit_indices = array<i64: 2, 8, 8, 4, 4, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %221 = "stablehlo.reshape"(%220) : (tensor<2x8x8x1x1x3xf32>) -> tensor<2x8x8x3xf32>
    %222 = "stablehlo.pad"(%221, %5) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x9x9x3xf32>
    %223 = "stablehlo.add"(%219, %222) : (tensor<2x9x9x3xf32>, tensor<2x9x9x3xf32>) -> tensor<2x9x9x3xf32>
    %224 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 1, 0, 0>, limit_indices = array<i64: 2, 8, 8, 2, 1, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %225 = "stablehlo.reshape"(%224) : (tensor<2x8x8x1x1x3xf32>) -> tensor<2x8x8x3xf32>
    %226 = "stablehlo.pad"(%225, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x9x9x3xf32>
    %227 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 1, 2, 0>, limit_indices = array<i64: 2, 8, 8, 2, 3, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %228 = "stablehlo.reshape"(%227) : (tensor<2x8x8x1x1x3xf32>) -> tensor<2x8x8x3xf32>
    %229 = "stablehlo.pad"(%228, %5) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x9x9x3xf32>
    %230 = "stablehlo.add"(%226, %229) : (tensor<2x9x9x3xf32>, tensor<2x9x9x3xf32>) -> tensor<2x9x9x3xf32>
    %231 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 3, 0, 0>, limit_indices = array<i64: 2, 8, 8, 4, 1, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %232 = "stablehlo.reshape"(%231) : (tensor<2x8x8x1x1x3xf32>) -> tensor<2x8x8x3xf32>
    %233 = "stablehlo.pad"(%232, %5) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x9x9x3xf32>
    %234 = "stablehlo.add"(%230, %233) : (tensor<2x9x9x3xf32>, tensor<2x9x9x3xf32>) -> tensor<2x9x9x3xf32>
    %235 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 3, 2, 0>, limit_indices = array<i64: 2, 8, 8, 4, 3, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %236 = "stablehlo.reshape"(%235) : (tensor<2x8x8x1x1x3xf32>) -> tensor<2x8x8x3xf32>
    %237 = "stablehlo.pad"(%236, %5) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x9x9x3xf32>
    %238 = "stablehlo.add"(%234, %237) : (tensor<2x9x9x3xf32>, tensor<2x9x9x3xf32>) -> tensor<2x9x9x3xf32>
    %239 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 0, 1, 0>, limit_indices = array<i64: 2, 8, 8, 1, 2, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %240 = "stablehlo.reshape"(%239) : (tensor<2x8x8x1x1x3xf32>) -> tensor<2x8x8x3xf32>
    %241 = "stablehlo.pad"(%240, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x9x9x3xf32>
    %242 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 0, 3, 0>, limit_indices = array<i64: 2, 8, 8, 1, 4, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %243 = "stablehlo.reshape"(%242) : (tensor<2x8x8x1x1x3xf32>) -> tensor<2x8x8x3xf32>
    %244 = "stablehlo.pad"(%243, %5) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x9x9x3xf32>
    %245 = "stablehlo.add"(%241, %244) : (tensor<2x9x9x3xf32>, tensor<2x9x9x3xf32>) -> tensor<2x9x9x3xf32>
    %246 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 2, 1, 0>, limit_indices = array<i64: 2, 8, 8, 3, 2, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %247 = "stablehlo.reshape"(%246) : (tensor<2x8x8x1x1x3xf32>) -> tensor<2x8x8x3xf32>
    %248 = "stablehlo.pad"(%247, %5) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x9x9x3xf32>
    %249 = "stablehlo.add"(%245, %248) : (tensor<2x9x9x3xf32>, tensor<2x9x9x3xf32>) -> tensor<2x9x9x3xf32>
    %250 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 2, 3, 0>, limit_indices = array<i64: 2, 8, 8, 3, 4, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %251 = "stablehlo.reshape"(%250) : (tensor<2x8x8x1x1x3xf32>) -> tensor<2x8x8x3xf32>
    %252 = "stablehlo.pad"(%251, %5) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x9x9x3xf32>
    %253 = "stablehlo.add"(%249, %252) : (tensor<2x9x9x3xf32>, tensor<2x9x9x3xf32>) -> tensor<2x9x9x3xf32>
    %254 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 8, 1, 1, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %255 = "stablehlo.reshape"(%254) : (tensor<2x8x8x1x1x3xf32>) -> tensor<2x8x8x3xf32>
    %256 = "stablehlo.pad"(%255, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x9x9x3xf32>
    %257 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 0, 2, 0>, limit_indices = array<i64: 2, 8, 8, 1, 3, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %258 = "stablehlo.reshape"(%257) : (tensor<2x8x8x1x1x3xf32>) -> tensor<2x8x8x3xf32>
    %259 = "stablehlo.pad"(%258, %5) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x9x9x3xf32>
    %260 = "stablehlo.add"(%256, %259) : (tensor<2x9x9x3xf32>, tensor<2x9x9x3xf32>) -> tensor<2x9x9x3xf32>
    %261 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 2, 0, 0>, limit_indices = array<i64: 2, 8, 8, 3, 1, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %262 = "stablehlo.reshape"(%261) : (tensor<2x8x8x1x1x3xf32>) -> tensor<2x8x8x3xf32>
    %263 = "stablehlo.pad"(%262, %5) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x9x9x3xf32>
    %264 = "stablehlo.add"(%260, %263) : (tensor<2x9x9x3xf32>, tensor<2x9x9x3xf32>) -> tensor<2x9x9x3xf32>
    %265 = "stablehlo.slice"(%208) {start_indices = array<i64: 0, 0, 0, 2, 2, 0>, limit_indices = array<i64: 2, 8, 8, 3, 3, 3>, strides = array<i64: 1, 1, 1, 1, 1, 1>} : (tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %266 = "stablehlo.reshape"(%265) : (tensor<2x8x8x1x1x3xf32>) -> tensor<2x8x8x3xf32>
    %267 = "stablehlo.pad"(%266, %5) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x9x9x3xf32>
    %268 = "stablehlo.add"(%264, %267) : (tensor<2x9x9x3xf32>, tensor<2x9x9x3xf32>) -> tensor<2x9x9x3xf32>
    %269 = "stablehlo.concatenate"(%223, %238, %253, %268) {dimension = 3 : i64} : (tensor<2x9x9x3xf32>, tensor<2x9x9x3xf32>, tensor<2x9x9x3xf32>, tensor<2x9x9x3xf32>) -> tensor<2x9x9x12xf32>
    %270 = "stablehlo.reshape"(%269) : (tensor<2x9x9x12xf32>) -> tensor<2x9x9x2x2x3xf32>
    %271 = "stablehlo.transpose"(%270) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<2x9x9x2x2x3xf32>) -> tensor<2x9x2x9x2x3xf32>
    %272 = "stablehlo.reshape"(%271) : (tensor<2x9x2x9x2x3xf32>) -> tensor<2x18x18x3xf32>
    %273 = "stablehlo.slice"(%272) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 17, 17, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x18x18x3xf32>) -> tensor<2x16x16x3xf32>
    %274 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<2x16x16x3xf32>
    %275 = "stablehlo.add"(%273, %274) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %276 = "stablehlo.add"(%275, %3) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %277 = "stablehlo.multiply"(%102, %102) : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x128xf32>
    %278 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %279 = "stablehlo.reduce"(%277, %278) ({
    ^bb0(%280: tensor<f32>, %281: tensor<f32>):
        %282 = "stablehlo.add"(%280, %281) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%282) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x128xf32>, tensor<f32>) -> tensor<f32>
    %283 = "stablehlo.constant"() {value = dense<256.0> : tensor<f32>} : () -> tensor<f32>
    %284 = "stablehlo.divide"(%279, %283) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %285 = "stablehlo.subtract"(%276, %2) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %286 = "stablehlo.multiply"(%285, %285) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %287 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %288 = "stablehlo.reduce"(%286, %287) ({
    ^bb0(%289: tensor<f32>, %290: tensor<f32>):
        %291 = "stablehlo.add"(%289, %290) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%291) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 2, 3>} : (tensor<2x16x16x3xf32>, tensor<f32>) -> tensor<2xf32>
    %292 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %293 = "stablehlo.reduce"(%288, %292) ({
    ^bb0(%294: tensor<f32>, %295: tensor<f32>):
        %296 = "stablehlo.add"(%294, %295) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%296) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %297 = "stablehlo.constant"() {value = dense<2.0> : tensor<f32>} : () -> tensor<f32>
    %298 = "stablehlo.divide"(%293, %297) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %299 = "stablehlo.add"(%284, %298) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %300 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
    %301 = "stablehlo.divide"(%300, %297) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %302 = "stablehlo.broadcast_in_dim"(%301) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %303 = "stablehlo.broadcast_in_dim"(%302) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x16x16x3xf32>
    %304 = "stablehlo.multiply"(%303, %285) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %305 = "stablehlo.add"(%304, %304) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %306 = "stablehlo.divide"(%300, %283) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %307 = "stablehlo.broadcast_in_dim"(%306) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x128xf32>
    %308 = "stablehlo.multiply"(%307, %102) : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x128xf32>
    %309 = "stablehlo.add"(%308, %308) : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x128xf32>
    %310 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %311 = "stablehlo.reduce"(%305, %310) ({
    ^bb0(%312: tensor<f32>, %313: tensor<f32>):
        %314 = "stablehlo.add"(%312, %313) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%314) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x16x16x3xf32>, tensor<f32>) -> tensor<3xf32>
    %315 = "stablehlo.pad"(%305, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x16x16x3xf32>, tensor<f32>) -> tensor<2x18x18x3xf32>
    %316 = "stablehlo.reshape"(%315) : (tensor<2x18x18x3xf32>) -> tensor<2x9x2x9x2x3xf32>
    %317 = "stablehlo.transpose"(%316) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<2x9x2x9x2x3xf32>) -> tensor<2x9x9x2x2x3xf32>
    %318 = "stablehlo.reshape"(%317) : (tensor<2x9x9x2x2x3xf32>) -> tensor<2x9x9x12xf32>
    %319 = "stablehlo.slice"(%318) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 9, 9, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x12xf32>) -> tensor<2x9x9x3xf32>
    %320 = "stablehlo.slice"(%318) {start_indices = array<i64: 0, 0, 0, 3>, limit_indices = array<i64: 2, 9, 9, 6>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x12xf32>) -> tensor<2x9x9x3xf32>
    %321 = "stablehlo.slice"(%318) {start_indices = array<i64: 0, 0, 0, 6>, limit_indices = array<i64: 2, 9, 9, 9>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x12xf32>) -> tensor<2x9x9x3xf32>
    %322 = "stablehlo.slice"(%318) {start_indices = array<i64: 0, 0, 0, 9>, limit_indices = array<i64: 2, 9, 9, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x12xf32>) -> tensor<2x9x9x3xf32>
    %323 = "stablehlo.slice"(%322) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 8, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x3xf32>) -> tensor<2x8x8x3xf32>
    %324 = "stablehlo.reshape"(%323) : (tensor<2x8x8x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %325 = "stablehlo.pad"(%324, %5) {edge_padding_low = array<i64: 0, 0, 0, 2, 2, 0>, edge_padding_high = array<i64: 0, 0, 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x8x8x1x1x3xf32>, tensor<f32>) -> tensor<2x8x8x4x4x3xf32>
    %326 = "stablehlo.slice"(%322) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 2, 8, 9, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x3xf32>) -> tensor<2x8x8x3xf32>
    %327 = "stablehlo.reshape"(%326) : (tensor<2x8x8x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %328 = "stablehlo.pad"(%327, %5) {edge_padding_low = array<i64: 0, 0, 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 1, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x8x8x1x1x3xf32>, tensor<f32>) -> tensor<2x8x8x4x4x3xf32>
    %329 = "stablehlo.add"(%325, %328) : (tensor<2x8x8x4x4x3xf32>, tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x4x4x3xf32>
    %330 = "stablehlo.slice"(%322) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 2, 9, 8, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x3xf32>) -> tensor<2x8x8x3xf32>
    %331 = "stablehlo.reshape"(%330) : (tensor<2x8x8x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %332 = "stablehlo.pad"(%331, %5) {edge_padding_low = array<i64: 0, 0, 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 0, 3, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x8x8x1x1x3xf32>, tensor<f32>) -> tensor<2x8x8x4x4x3xf32>
    %333 = "stablehlo.add"(%329, %332) : (tensor<2x8x8x4x4x3xf32>, tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x4x4x3xf32>
    %334 = "stablehlo.slice"(%322) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 9, 9, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x3xf32>) -> tensor<2x8x8x3xf32>
    %335 = "stablehlo.reshape"(%334) : (tensor<2x8x8x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %336 = "stablehlo.pad"(%335, %5) {edge_padding_low = array<i64: 0, 0, 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 3, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x8x8x1x1x3xf32>, tensor<f32>) -> tensor<2x8x8x4x4x3xf32>
    %337 = "stablehlo.add"(%333, %336) : (tensor<2x8x8x4x4x3xf32>, tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x4x4x3xf32>
    %338 = "stablehlo.slice"(%321) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 8, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x3xf32>) -> tensor<2x8x8x3xf32>
    %339 = "stablehlo.reshape"(%338) : (tensor<2x8x8x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %340 = "stablehlo.pad"(%339, %5) {edge_padding_low = array<i64: 0, 0, 0, 2, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x8x8x1x1x3xf32>, tensor<f32>) -> tensor<2x8x8x4x4x3xf32>
    %341 = "stablehlo.add"(%337, %340) : (tensor<2x8x8x4x4x3xf32>, tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x4x4x3xf32>
    %342 = "stablehlo.slice"(%321) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 2, 8, 9, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x3xf32>) -> tensor<2x8x8x3xf32>
    %343 = "stablehlo.reshape"(%342) : (tensor<2x8x8x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %344 = "stablehlo.pad"(%343, %5) {edge_padding_low = array<i64: 0, 0, 0, 2, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 1, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x8x8x1x1x3xf32>, tensor<f32>) -> tensor<2x8x8x4x4x3xf32>
    %345 = "stablehlo.add"(%341, %344) : (tensor<2x8x8x4x4x3xf32>, tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x4x4x3xf32>
    %346 = "stablehlo.slice"(%321) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 2, 9, 8, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x3xf32>) -> tensor<2x8x8x3xf32>
    %347 = "stablehlo.reshape"(%346) : (tensor<2x8x8x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %348 = "stablehlo.pad"(%347, %5) {edge_padding_low = array<i64: 0, 0, 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x8x8x1x1x3xf32>, tensor<f32>) -> tensor<2x8x8x4x4x3xf32>
    %349 = "stablehlo.add"(%345, %348) : (tensor<2x8x8x4x4x3xf32>, tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x4x4x3xf32>
    %350 = "stablehlo.slice"(%321) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 9, 9, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x3xf32>) -> tensor<2x8x8x3xf32>
    %351 = "stablehlo.reshape"(%350) : (tensor<2x8x8x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %352 = "stablehlo.pad"(%351, %5) {edge_padding_low = array<i64: 0, 0, 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 3, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x8x8x1x1x3xf32>, tensor<f32>) -> tensor<2x8x8x4x4x3xf32>
    %353 = "stablehlo.add"(%349, %352) : (tensor<2x8x8x4x4x3xf32>, tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x4x4x3xf32>
    %354 = "stablehlo.slice"(%320) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 8, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x3xf32>) -> tensor<2x8x8x3xf32>
    %355 = "stablehlo.reshape"(%354) : (tensor<2x8x8x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %356 = "stablehlo.pad"(%355, %5) {edge_padding_low = array<i64: 0, 0, 0, 3, 2, 0>, edge_padding_high = array<i64: 0, 0, 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x8x8x1x1x3xf32>, tensor<f32>) -> tensor<2x8x8x4x4x3xf32>
    %357 = "stablehlo.add"(%353, %356) : (tensor<2x8x8x4x4x3xf32>, tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x4x4x3xf32>
    %358 = "stablehlo.slice"(%320) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 2, 8, 9, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x3xf32>) -> tensor<2x8x8x3xf32>
    %359 = "stablehlo.reshape"(%358) : (tensor<2x8x8x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %360 = "stablehlo.pad"(%359, %5) {edge_padding_low = array<i64: 0, 0, 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x8x8x1x1x3xf32>, tensor<f32>) -> tensor<2x8x8x4x4x3xf32>
    %361 = "stablehlo.add"(%357, %360) : (tensor<2x8x8x4x4x3xf32>, tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x4x4x3xf32>
    %362 = "stablehlo.slice"(%320) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 2, 9, 8, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x3xf32>) -> tensor<2x8x8x3xf32>
    %363 = "stablehlo.reshape"(%362) : (tensor<2x8x8x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %364 = "stablehlo.pad"(%363, %5) {edge_padding_low = array<i64: 0, 0, 0, 1, 2, 0>, edge_padding_high = array<i64: 0, 0, 0, 2, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x8x8x1x1x3xf32>, tensor<f32>) -> tensor<2x8x8x4x4x3xf32>
    %365 = "stablehlo.add"(%361, %364) : (tensor<2x8x8x4x4x3xf32>, tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x4x4x3xf32>
    %366 = "stablehlo.slice"(%320) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 9, 9, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x3xf32>) -> tensor<2x8x8x3xf32>
    %367 = "stablehlo.reshape"(%366) : (tensor<2x8x8x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %368 = "stablehlo.pad"(%367, %5) {edge_padding_low = array<i64: 0, 0, 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 2, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x8x8x1x1x3xf32>, tensor<f32>) -> tensor<2x8x8x4x4x3xf32>
    %369 = "stablehlo.add"(%365, %368) : (tensor<2x8x8x4x4x3xf32>, tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x4x4x3xf32>
    %370 = "stablehlo.slice"(%319) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 8, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x3xf32>) -> tensor<2x8x8x3xf32>
    %371 = "stablehlo.reshape"(%370) : (tensor<2x8x8x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %372 = "stablehlo.pad"(%371, %5) {edge_padding_low = array<i64: 0, 0, 0, 3, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x8x8x1x1x3xf32>, tensor<f32>) -> tensor<2x8x8x4x4x3xf32>
    %373 = "stablehlo.add"(%369, %372) : (tensor<2x8x8x4x4x3xf32>, tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x4x4x3xf32>
    %374 = "stablehlo.slice"(%319) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 2, 8, 9, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x3xf32>) -> tensor<2x8x8x3xf32>
    %375 = "stablehlo.reshape"(%374) : (tensor<2x8x8x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %376 = "stablehlo.pad"(%375, %5) {edge_padding_low = array<i64: 0, 0, 0, 3, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x8x8x1x1x3xf32>, tensor<f32>) -> tensor<2x8x8x4x4x3xf32>
    %377 = "stablehlo.add"(%373, %376) : (tensor<2x8x8x4x4x3xf32>, tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x4x4x3xf32>
    %378 = "stablehlo.slice"(%319) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 2, 9, 8, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x3xf32>) -> tensor<2x8x8x3xf32>
    %379 = "stablehlo.reshape"(%378) : (tensor<2x8x8x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %380 = "stablehlo.pad"(%379, %5) {edge_padding_low = array<i64: 0, 0, 0, 1, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x8x8x1x1x3xf32>, tensor<f32>) -> tensor<2x8x8x4x4x3xf32>
    %381 = "stablehlo.add"(%377, %380) : (tensor<2x8x8x4x4x3xf32>, tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x4x4x3xf32>
    %382 = "stablehlo.slice"(%319) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 9, 9, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x9x9x3xf32>) -> tensor<2x8x8x3xf32>
    %383 = "stablehlo.reshape"(%382) : (tensor<2x8x8x3xf32>) -> tensor<2x8x8x1x1x3xf32>
    %384 = "stablehlo.pad"(%383, %5) {edge_padding_low = array<i64: 0, 0, 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 2, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x8x8x1x1x3xf32>, tensor<f32>) -> tensor<2x8x8x4x4x3xf32>
    %385 = "stablehlo.add"(%381, %384) : (tensor<2x8x8x4x4x3xf32>, tensor<2x8x8x4x4x3xf32>) -> tensor<2x8x8x4x4x3xf32>
    %386 = "stablehlo.reshape"(%385) : (tensor<2x8x8x4x4x3xf32>) -> tensor<128x48xf32>
    %387 = "stablehlo.dot_general"(%386, %205) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<128x48xf32>, tensor<4x48xf32>) -> tensor<128x4xf32>
    %388 = "stablehlo.dot_general"(%386, %206) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<128x48xf32>, tensor<128x4xf32>) -> tensor<48x4xf32>
    %389 = "stablehlo.transpose"(%388) {permutation = array<i64: 1, 0>} : (tensor<48x4xf32>) -> tensor<4x48xf32>
    %390 = "stablehlo.reshape"(%387) : (tensor<128x4xf32>) -> tensor<2x8x8x4xf32>
    %391 = "stablehlo.reshape"(%389) : (tensor<4x48xf32>) -> tensor<4x4x4x3xf32>
    %392 = "stablehlo.transpose"(%391) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x4x4x3xf32>) -> tensor<4x4x4x3xf32>
    %393 = "stablehlo.multiply"(%390, %202) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %394 = "stablehlo.multiply"(%390, %201) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %395 = "stablehlo.multiply"(%394, %202) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %396 = "stablehlo.constant"() {value = dense<1.0> : tensor<2x8x8x4xf32>} : () -> tensor<2x8x8x4xf32>
    %397 = "stablehlo.subtract"(%396, %202) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %398 = "stablehlo.multiply"(%395, %397) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %399 = "stablehlo.add"(%393, %398) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %400 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %401 = "stablehlo.reduce"(%399, %400) ({
    ^bb0(%402: tensor<f32>, %403: tensor<f32>):
        %404 = "stablehlo.add"(%402, %403) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%404) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %405 = "stablehlo.multiply"(%399, %198) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %406 = "stablehlo.multiply"(%399, %197) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %407 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %408 = "stablehlo.reduce"(%406, %407) ({
    ^bb0(%409: tensor<f32>, %410: tensor<f32>):
        %411 = "stablehlo.add"(%409, %410) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%411) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %412 = "stablehlo.multiply"(%405, %196) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %413 = "stablehlo.multiply"(%405, %185) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %414 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %415 = "stablehlo.reduce"(%413, %414) ({
    ^bb0(%416: tensor<f32>, %417: tensor<f32>):
        %418 = "stablehlo.add"(%416, %417) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%418) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %419 = "stablehlo.reshape"(%415) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %420 = "stablehlo.multiply"(%419, %195) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %421 = "stablehlo.constant"() {value = dense<-0.5> : tensor<2x8x8x1xf32>} : () -> tensor<2x8x8x1xf32>
    %422 = "stablehlo.multiply"(%420, %421) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %423 = "stablehlo.divide"(%422, %194) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %424 = "stablehlo.divide"(%423, %31) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %425 = "stablehlo.reshape"(%424) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8xf32>
    %426 = "stablehlo.broadcast_in_dim"(%425) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8xf32>) -> tensor<2x8x8x4xf32>
    %427 = "stablehlo.multiply"(%426, %185) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %428 = "stablehlo.add"(%412, %427) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %429 = "stablehlo.add"(%428, %427) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %430 = "stablehlo.negate"(%429) : (tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %431 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %432 = "stablehlo.reduce"(%430, %431) ({
    ^bb0(%433: tensor<f32>, %434: tensor<f32>):
        %435 = "stablehlo.add"(%433, %434) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%435) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %436 = "stablehlo.reshape"(%432) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %437 = "stablehlo.divide"(%436, %31) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %438 = "stablehlo.reshape"(%437) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8xf32>
    %439 = "stablehlo.broadcast_in_dim"(%438) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8xf32>) -> tensor<2x8x8x4xf32>
    %440 = "stablehlo.add"(%429, %439) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %441 = "stablehlo.pad"(%440, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x10x10x4xf32>
    %442 = "stablehlo.reshape"(%441) : (tensor<2x10x10x4xf32>) -> tensor<2x5x2x5x2x4xf32>
    %443 = "stablehlo.transpose"(%442) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<2x5x2x5x2x4xf32>) -> tensor<2x5x5x2x2x4xf32>
    %444 = "stablehlo.reshape"(%443) : (tensor<2x5x5x2x2x4xf32>) -> tensor<2x5x5x16xf32>
    %445 = "stablehlo.slice"(%444) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 5, 5, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x16xf32>) -> tensor<2x5x5x4xf32>
    %446 = "stablehlo.slice"(%444) {start_indices = array<i64: 0, 0, 0, 4>, limit_indices = array<i64: 2, 5, 5, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x16xf32>) -> tensor<2x5x5x4xf32>
    %447 = "stablehlo.slice"(%444) {start_indices = array<i64: 0, 0, 0, 8>, limit_indices = array<i64: 2, 5, 5, 12>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x16xf32>) -> tensor<2x5x5x4xf32>
    %448 = "stablehlo.slice"(%444) {start_indices = array<i64: 0, 0, 0, 12>, limit_indices = array<i64: 2, 5, 5, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x16xf32>) -> tensor<2x5x5x4xf32>
    %449 = "stablehlo.slice"(%448) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 4, 4, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x4xf32>) -> tensor<2x4x4x4xf32>
    %450 = "stablehlo.reshape"(%449) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %451 = "stablehlo.pad"(%450, %5) {edge_padding_low = array<i64: 0, 0, 0, 2, 2, 0>, edge_padding_high = array<i64: 0, 0, 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x1x1x4xf32>, tensor<f32>) -> tensor<2x4x4x4x4x4xf32>
    %452 = "stablehlo.slice"(%448) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 2, 4, 5, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x4xf32>) -> tensor<2x4x4x4xf32>
    %453 = "stablehlo.reshape"(%452) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %454 = "stablehlo.pad"(%453, %5) {edge_padding_low = array<i64: 0, 0, 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 1, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x1x1x4xf32>, tensor<f32>) -> tensor<2x4x4x4x4x4xf32>
    %455 = "stablehlo.add"(%451, %454) : (tensor<2x4x4x4x4x4xf32>, tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x4x4x4xf32>
    %456 = "stablehlo.slice"(%448) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 2, 5, 4, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x4xf32>) -> tensor<2x4x4x4xf32>
    %457 = "stablehlo.reshape"(%456) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %458 = "stablehlo.pad"(%457, %5) {edge_padding_low = array<i64: 0, 0, 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 0, 3, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x1x1x4xf32>, tensor<f32>) -> tensor<2x4x4x4x4x4xf32>
    %459 = "stablehlo.add"(%455, %458) : (tensor<2x4x4x4x4x4xf32>, tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x4x4x4xf32>
    %460 = "stablehlo.slice"(%448) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 5, 5, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x4xf32>) -> tensor<2x4x4x4xf32>
    %461 = "stablehlo.reshape"(%460) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %462 = "stablehlo.pad"(%461, %5) {edge_padding_low = array<i64: 0, 0, 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 3, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x1x1x4xf32>, tensor<f32>) -> tensor<2x4x4x4x4x4xf32>
    %463 = "stablehlo.add"(%459, %462) : (tensor<2x4x4x4x4x4xf32>, tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x4x4x4xf32>
    %464 = "stablehlo.slice"(%447) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 4, 4, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x4xf32>) -> tensor<2x4x4x4xf32>
    %465 = "stablehlo.reshape"(%464) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %466 = "stablehlo.pad"(%465, %5) {edge_padding_low = array<i64: 0, 0, 0, 2, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x1x1x4xf32>, tensor<f32>) -> tensor<2x4x4x4x4x4xf32>
    %467 = "stablehlo.add"(%463, %466) : (tensor<2x4x4x4x4x4xf32>, tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x4x4x4xf32>
    %468 = "stablehlo.slice"(%447) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 2, 4, 5, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x4xf32>) -> tensor<2x4x4x4xf32>
    %469 = "stablehlo.reshape"(%468) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %470 = "stablehlo.pad"(%469, %5) {edge_padding_low = array<i64: 0, 0, 0, 2, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 1, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x1x1x4xf32>, tensor<f32>) -> tensor<2x4x4x4x4x4xf32>
    %471 = "stablehlo.add"(%467, %470) : (tensor<2x4x4x4x4x4xf32>, tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x4x4x4xf32>
    %472 = "stablehlo.slice"(%447) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 2, 5, 4, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x4xf32>) -> tensor<2x4x4x4xf32>
    %473 = "stablehlo.reshape"(%472) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %474 = "stablehlo.pad"(%473, %5) {edge_padding_low = array<i64: 0, 0, 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x1x1x4xf32>, tensor<f32>) -> tensor<2x4x4x4x4x4xf32>
    %475 = "stablehlo.add"(%471, %474) : (tensor<2x4x4x4x4x4xf32>, tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x4x4x4xf32>
    %476 = "stablehlo.slice"(%447) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 5, 5, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x4xf32>) -> tensor<2x4x4x4xf32>
    %477 = "stablehlo.reshape"(%476) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %478 = "stablehlo.pad"(%477, %5) {edge_padding_low = array<i64: 0, 0, 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 3, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x1x1x4xf32>, tensor<f32>) -> tensor<2x4x4x4x4x4xf32>
    %479 = "stablehlo.add"(%475, %478) : (tensor<2x4x4x4x4x4xf32>, tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x4x4x4xf32>
    %480 = "stablehlo.slice"(%446) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 4, 4, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x4xf32>) -> tensor<2x4x4x4xf32>
    %481 = "stablehlo.reshape"(%480) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %482 = "stablehlo.pad"(%481, %5) {edge_padding_low = array<i64: 0, 0, 0, 3, 2, 0>, edge_padding_high = array<i64: 0, 0, 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x1x1x4xf32>, tensor<f32>) -> tensor<2x4x4x4x4x4xf32>
    %483 = "stablehlo.add"(%479, %482) : (tensor<2x4x4x4x4x4xf32>, tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x4x4x4xf32>
    %484 = "stablehlo.slice"(%446) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 2, 4, 5, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x4xf32>) -> tensor<2x4x4x4xf32>
    %485 = "stablehlo.reshape"(%484) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %486 = "stablehlo.pad"(%485, %5) {edge_padding_low = array<i64: 0, 0, 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x1x1x4xf32>, tensor<f32>) -> tensor<2x4x4x4x4x4xf32>
    %487 = "stablehlo.add"(%483, %486) : (tensor<2x4x4x4x4x4xf32>, tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x4x4x4xf32>
    %488 = "stablehlo.slice"(%446) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 2, 5, 4, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x4xf32>) -> tensor<2x4x4x4xf32>
    %489 = "stablehlo.reshape"(%488) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %490 = "stablehlo.pad"(%489, %5) {edge_padding_low = array<i64: 0, 0, 0, 1, 2, 0>, edge_padding_high = array<i64: 0, 0, 0, 2, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x1x1x4xf32>, tensor<f32>) -> tensor<2x4x4x4x4x4xf32>
    %491 = "stablehlo.add"(%487, %490) : (tensor<2x4x4x4x4x4xf32>, tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x4x4x4xf32>
    %492 = "stablehlo.slice"(%446) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 5, 5, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x4xf32>) -> tensor<2x4x4x4xf32>
    %493 = "stablehlo.reshape"(%492) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %494 = "stablehlo.pad"(%493, %5) {edge_padding_low = array<i64: 0, 0, 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 2, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x1x1x4xf32>, tensor<f32>) -> tensor<2x4x4x4x4x4xf32>
    %495 = "stablehlo.add"(%491, %494) : (tensor<2x4x4x4x4x4xf32>, tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x4x4x4xf32>
    %496 = "stablehlo.slice"(%445) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 4, 4, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x4xf32>) -> tensor<2x4x4x4xf32>
    %497 = "stablehlo.reshape"(%496) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %498 = "stablehlo.pad"(%497, %5) {edge_padding_low = array<i64: 0, 0, 0, 3, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x1x1x4xf32>, tensor<f32>) -> tensor<2x4x4x4x4x4xf32>
    %499 = "stablehlo.add"(%495, %498) : (tensor<2x4x4x4x4x4xf32>, tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x4x4x4xf32>
    %500 = "stablehlo.slice"(%445) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 2, 4, 5, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x4xf32>) -> tensor<2x4x4x4xf32>
    %501 = "stablehlo.reshape"(%500) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %502 = "stablehlo.pad"(%501, %5) {edge_padding_low = array<i64: 0, 0, 0, 3, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x1x1x4xf32>, tensor<f32>) -> tensor<2x4x4x4x4x4xf32>
    %503 = "stablehlo.add"(%499, %502) : (tensor<2x4x4x4x4x4xf32>, tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x4x4x4xf32>
    %504 = "stablehlo.slice"(%445) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 2, 5, 4, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x4xf32>) -> tensor<2x4x4x4xf32>
    %505 = "stablehlo.reshape"(%504) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %506 = "stablehlo.pad"(%505, %5) {edge_padding_low = array<i64: 0, 0, 0, 1, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x1x1x4xf32>, tensor<f32>) -> tensor<2x4x4x4x4x4xf32>
    %507 = "stablehlo.add"(%503, %506) : (tensor<2x4x4x4x4x4xf32>, tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x4x4x4xf32>
    %508 = "stablehlo.slice"(%445) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 5, 5, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x5x5x4xf32>) -> tensor<2x4x4x4xf32>
    %509 = "stablehlo.reshape"(%508) : (tensor<2x4x4x4xf32>) -> tensor<2x4x4x1x1x4xf32>
    %510 = "stablehlo.pad"(%509, %5) {edge_padding_low = array<i64: 0, 0, 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 2, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x1x1x4xf32>, tensor<f32>) -> tensor<2x4x4x4x4x4xf32>
    %511 = "stablehlo.add"(%507, %510) : (tensor<2x4x4x4x4x4xf32>, tensor<2x4x4x4x4x4xf32>) -> tensor<2x4x4x4x4x4xf32>
    %512 = "stablehlo.reshape"(%511) : (tensor<2x4x4x4x4x4xf32>) -> tensor<32x64xf32>
    %513 = "stablehlo.dot_general"(%512, %108) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<32x64xf32>, tensor<8x64xf32>) -> tensor<32x8xf32>
    %514 = "stablehlo.dot_general"(%512, %109) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<32x64xf32>, tensor<32x8xf32>) -> tensor<64x8xf32>
    %515 = "stablehlo.transpose"(%514) {permutation = array<i64: 1, 0>} : (tensor<64x8xf32>) -> tensor<8x64xf32>
    %516 = "stablehlo.reshape"(%513) : (tensor<32x8xf32>) -> tensor<2x4x4x8xf32>
    %517 = "stablehlo.reshape"(%515) : (tensor<8x64xf32>) -> tensor<8x4x4x4xf32>
    %518 = "stablehlo.transpose"(%517) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<8x4x4x4xf32>) -> tensor<4x4x8x4xf32>
    %519 = "stablehlo.reshape"(%516) : (tensor<2x4x4x8xf32>) -> tensor<2x128xf32>
    %520 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %521 = "stablehlo.reduce"(%519, %520) ({
    ^bb0(%522: tensor<f32>, %523: tensor<f32>):
        %524 = "stablehlo.add"(%522, %523) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%524) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x128xf32>, tensor<f32>) -> tensor<128xf32>
    %525 = "stablehlo.dot_general"(%519, %arg1) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x128xf32>, tensor<2x32xf32>) -> tensor<128x32xf32>
    %526 = "stablehlo.transpose"(%525) {permutation = array<i64: 1, 0>} : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %527 = "stablehlo.reshape"(%309) : (tensor<2x128xf32>) -> tensor<2x4x4x8xf32>
    %528 = "stablehlo.multiply"(%527, %100) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %529 = "stablehlo.multiply"(%527, %99) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %530 = "stablehlo.multiply"(%529, %100) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %531 = "stablehlo.constant"() {value = dense<1.0> : tensor<2x4x4x8xf32>} : () -> tensor<2x4x4x8xf32>
    %532 = "stablehlo.subtract"(%531, %100) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %533 = "stablehlo.multiply"(%530, %532) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %534 = "stablehlo.add"(%528, %533) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %535 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %536 = "stablehlo.reduce"(%534, %535) ({
    ^bb0(%537: tensor<f32>, %538: tensor<f32>):
        %539 = "stablehlo.add"(%537, %538) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%539) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<8xf32>
    %540 = "stablehlo.multiply"(%534, %96) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %541 = "stablehlo.multiply"(%534, %95) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %542 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %543 = "stablehlo.reduce"(%541, %542) ({
    ^bb0(%544: tensor<f32>, %545: tensor<f32>):
        %546 = "stablehlo.add"(%544, %545) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%546) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<8xf32>
    %547 = "stablehlo.multiply"(%540, %94) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %548 = "stablehlo.multiply"(%540, %82) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %549 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %550 = "stablehlo.reduce"(%548, %549) ({
    ^bb0(%551: tensor<f32>, %552: tensor<f32>):
        %553 = "stablehlo.add"(%551, %552) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%553) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %554 = "stablehlo.reshape"(%550) : (tensor<2x4x4xf32>) -> tensor<2x4x4x1xf32>
    %555 = "stablehlo.multiply"(%554, %93) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %556 = "stablehlo.constant"() {value = dense<-0.5> : tensor<2x4x4x1xf32>} : () -> tensor<2x4x4x1xf32>
    %557 = "stablehlo.multiply"(%555, %556) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %558 = "stablehlo.divide"(%557, %92) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %559 = "stablehlo.divide"(%558, %79) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %560 = "stablehlo.reshape"(%559) : (tensor<2x4x4x1xf32>) -> tensor<2x4x4xf32>
    %561 = "stablehlo.broadcast_in_dim"(%560) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x4xf32>) -> tensor<2x4x4x8xf32>
    %562 = "stablehlo.multiply"(%561, %82) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %563 = "stablehlo.add"(%547, %562) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %564 = "stablehlo.add"(%563, %562) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %565 = "stablehlo.negate"(%564) : (tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %566 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %567 = "stablehlo.reduce"(%565, %566) ({
    ^bb0(%568: tensor<f32>, %569: tensor<f32>):
        %570 = "stablehlo.add"(%568, %569) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%570) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %571 = "stablehlo.reshape"(%567) : (tensor<2x4x4xf32>) -> tensor<2x4x4x1xf32>
    %572 = "stablehlo.divide"(%571, %79) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %573 = "stablehlo.reshape"(%572) : (tensor<2x4x4x1xf32>) -> tensor<2x4x4xf32>
    %574 = "stablehlo.broadcast_in_dim"(%573) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x4xf32>) -> tensor<2x4x4x8xf32>
    %575 = "stablehlo.add"(%564, %574) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %576 = "stablehlo.reshape"(%575) : (tensor<2x4x4x8xf32>) -> tensor<32x8xf32>
    %577 = "stablehlo.dot_general"(%576, %70) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<32x8xf32>, tensor<64x8xf32>) -> tensor<32x64xf32>
    %578 = "stablehlo.dot_general"(%576, %66) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<32x8xf32>, tensor<32x64xf32>) -> tensor<8x64xf32>
    %579 = "stablehlo.transpose"(%578) {permutation = array<i64: 1, 0>} : (tensor<8x64xf32>) -> tensor<64x8xf32>
    %580 = "stablehlo.reshape"(%579) : (tensor<64x8xf32>) -> tensor<2x2x2x2x4x8xf32>
    %581 = "stablehlo.transpose"(%580) {permutation = array<i64: 0, 2, 1, 3, 4, 5>} : (tensor<2x2x2x2x4x8xf32>) -> tensor<2x2x2x2x4x8xf32>
    %582 = "stablehlo.reshape"(%581) : (tensor<2x2x2x2x4x8xf32>) -> tensor<4x4x4x8xf32>
    %583 = "stablehlo.slice"(%582) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 4, 4, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x4x8xf32>) -> tensor<4x4x4x8xf32>
    %584 = "stablehlo.slice"(%577) {start_indices = array<i64: 0, 0>, limit_indices = array<i64: 32, 16>, strides = array<i64: 1, 1>} : (tensor<32x64xf32>) -> tensor<32x16xf32>
    %585 = "stablehlo.slice"(%577) {start_indices = array<i64: 0, 16>, limit_indices = array<i64: 32, 32>, strides = array<i64: 1, 1>} : (tensor<32x64xf32>) -> tensor<32x16xf32>
    %586 = "stablehlo.slice"(%577) {start_indices = array<i64: 0, 32>, limit_indices = array<i64: 32, 48>, strides = array<i64: 1, 1>} : (tensor<32x64xf32>) -> tensor<32x16xf32>
    %587 = "stablehlo.slice"(%577) {start_indices = array<i64: 0, 48>, limit_indices = array<i64: 32, 64>, strides = array<i64: 1, 1>} : (tensor<32x64xf32>) -> tensor<32x16xf32>
    %588 = "stablehlo.reshape"(%587) : (tensor<32x16xf32>) -> tensor<2x4x4x2x2x4xf32>
    %589 = "stablehlo.pad"(%588, %5) {edge_padding_low = array<i64: 0, 1, 1, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x2x2x4xf32>, tensor<f32>) -> tensor<2x5x5x2x2x4xf32>
    %590 = "stablehlo.reshape"(%586) : (tensor<32x16xf32>) -> tensor<2x4x4x2x2x4xf32>
    %591 = "stablehlo.pad"(%590, %5) {edge_padding_low = array<i64: 0, 1, 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 1, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x2x2x4xf32>, tensor<f32>) -> tensor<2x5x5x2x2x4xf32>
    %592 = "stablehlo.add"(%589, %591) : (tensor<2x5x5x2x2x4xf32>, tensor<2x5x5x2x2x4xf32>) -> tensor<2x5x5x2x2x4xf32>
    %593 = "stablehlo.reshape"(%585) : (tensor<32x16xf32>) -> tensor<2x4x4x2x2x4xf32>
    %594 = "stablehlo.pad"(%593, %5) {edge_padding_low = array<i64: 0, 0, 1, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x2x2x4xf32>, tensor<f32>) -> tensor<2x5x5x2x2x4xf32>
    %595 = "stablehlo.add"(%592, %594) : (tensor<2x5x5x2x2x4xf32>, tensor<2x5x5x2x2x4xf32>) -> tensor<2x5x5x2x2x4xf32>
    %596 = "stablehlo.reshape"(%584) : (tensor<32x16xf32>) -> tensor<2x4x4x2x2x4xf32>
    %597 = "stablehlo.pad"(%596, %5) {edge_padding_low = array<i64: 0, 0, 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x2x2x4xf32>, tensor<f32>) -> tensor<2x5x5x2x2x4xf32>
    %598 = "stablehlo.add"(%595, %597) : (tensor<2x5x5x2x2x4xf32>, tensor<2x5x5x2x2x4xf32>) -> tensor<2x5x5x2x2x4xf32>
    %599 = "stablehlo.transpose"(%598) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<2x5x5x2x2x4xf32>) -> tensor<2x5x2x5x2x4xf32>
    %600 = "stablehlo.reshape"(%599) : (tensor<2x5x2x5x2x4xf32>) -> tensor<2x10x10x4xf32>
    %601 = "stablehlo.slice"(%600) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 10, 10, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x10x10x4xf32>) -> tensor<2x10x10x4xf32>
    %602 = "stablehlo.slice"(%601) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 9, 9, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x10x10x4xf32>) -> tensor<2x8x8x4xf32>
    %603 = "stablehlo.multiply"(%602, %52) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %604 = "stablehlo.multiply"(%602, %51) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %605 = "stablehlo.multiply"(%604, %52) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %606 = "stablehlo.subtract"(%396, %52) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %607 = "stablehlo.multiply"(%605, %606) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %608 = "stablehlo.add"(%603, %607) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %609 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %610 = "stablehlo.reduce"(%608, %609) ({
    ^bb0(%611: tensor<f32>, %612: tensor<f32>):
        %613 = "stablehlo.add"(%611, %612) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%613) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %614 = "stablehlo.multiply"(%608, %48) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %615 = "stablehlo.multiply"(%608, %47) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %616 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %617 = "stablehlo.reduce"(%615, %616) ({
    ^bb0(%618: tensor<f32>, %619: tensor<f32>):
        %620 = "stablehlo.add"(%618, %619) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%620) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %621 = "stablehlo.multiply"(%614, %46) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %622 = "stablehlo.multiply"(%614, %34) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %623 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %624 = "stablehlo.reduce"(%622, %623) ({
    ^bb0(%625: tensor<f32>, %626: tensor<f32>):
        %627 = "stablehlo.add"(%625, %626) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%627) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %628 = "stablehlo.reshape"(%624) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %629 = "stablehlo.multiply"(%628, %45) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %630 = "stablehlo.multiply"(%629, %421) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %631 = "stablehlo.divide"(%630, %44) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %632 = "stablehlo.divide"(%631, %31) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %633 = "stablehlo.reshape"(%632) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8xf32>
    %634 = "stablehlo.broadcast_in_dim"(%633) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8xf32>) -> tensor<2x8x8x4xf32>
    %635 = "stablehlo.multiply"(%634, %34) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %636 = "stablehlo.add"(%621, %635) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %637 = "stablehlo.add"(%636, %635) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %638 = "stablehlo.negate"(%637) : (tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %639 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %640 = "stablehlo.reduce"(%638, %639) ({
    ^bb0(%641: tensor<f32>, %642: tensor<f32>):
        %643 = "stablehlo.add"(%641, %642) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%643) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %644 = "stablehlo.reshape"(%640) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %645 = "stablehlo.divide"(%644, %31) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %646 = "stablehlo.reshape"(%645) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8xf32>
    %647 = "stablehlo.broadcast_in_dim"(%646) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8xf32>) -> tensor<2x8x8x4xf32>
    %648 = "stablehlo.add"(%637, %647) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %649 = "stablehlo.reshape"(%648) : (tensor<2x8x8x4xf32>) -> tensor<128x4xf32>
    %650 = "stablehlo.dot_general"(%649, %18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<128x4xf32>, tensor<128x48xf32>) -> tensor<4x48xf32>
    %651 = "stablehlo.transpose"(%650) {permutation = array<i64: 1, 0>} : (tensor<4x48xf32>) -> tensor<48x4xf32>
    %652 = "stablehlo.reshape"(%651) : (tensor<48x4xf32>) -> tensor<2x2x2x2x3x4xf32>
    %653 = "stablehlo.transpose"(%652) {permutation = array<i64: 0, 2, 1, 3, 4, 5>} : (tensor<2x2x2x2x3x4xf32>) -> tensor<2x2x2x2x3x4xf32>
    %654 = "stablehlo.reshape"(%653) : (tensor<2x2x2x2x3x4xf32>) -> tensor<4x4x3x4xf32>
    %655 = "stablehlo.slice"(%654) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 4, 3, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x3x4xf32>) -> tensor<4x4x3x4xf32>
    return %299, %655, %617, %610, %583, %543, %536, %526, %521, %518, %408, %401, %392, %311 : tensor<f32>, tensor<4x4x3x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4x4x4x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<32x128xf32>, tensor<128xf32>, tensor<4x4x8x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4x4x4x3xf32>, tensor<3xf32>
  }
}
