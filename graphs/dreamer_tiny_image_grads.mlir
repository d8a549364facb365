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
    %107 = "stablehlo.pad"(%106, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<2x6x6x8xf32>
    %108 = "stablehlo.slice"(%107) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 5, 5, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x6x6x8xf32>) -> tensor<2x5x5x8xf32>
    %109 = "stablehlo.reshape"(%108) : (tensor<2x5x5x8xf32>) -> tensor<50x8xf32>
    %110 = "stablehlo.slice"(%107) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 2, 5, 6, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x6x6x8xf32>) -> tensor<2x5x5x8xf32>
    %111 = "stablehlo.reshape"(%110) : (tensor<2x5x5x8xf32>) -> tensor<50x8xf32>
    %112 = "stablehlo.slice"(%107) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 2, 6, 5, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x6x6x8xf32>) -> tensor<2x5x5x8xf32>
    %113 = "stablehlo.reshape"(%112) : (tensor<2x5x5x8xf32>) -> tensor<50x8xf32>
    %114 = "stablehlo.slice"(%107) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 6, 6, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x6x6x8xf32>) -> tensor<2x5x5x8xf32>
    %115 = "stablehlo.reshape"(%114) : (tensor<2x5x5x8xf32>) -> tensor<50x8xf32>
    %116 = "stablehlo.concatenate"(%109, %111, %113, %115) {dimension = 1 : i64} : (tensor<50x8xf32>, tensor<50x8xf32>, tensor<50x8xf32>, tensor<50x8xf32>) -> tensor<50x32xf32>
    %117 = "stablehlo.pad"(%arg10, %5) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x4x8x4xf32>, tensor<f32>) -> tensor<4x4x8x4xf32>
    %118 = "stablehlo.reshape"(%117) : (tensor<4x4x8x4xf32>) -> tensor<2x2x2x2x8x4xf32>
    %119 = "stablehlo.reverse"(%118) {dimensions = array<i64: 1, 3>} : (tensor<2x2x2x2x8x4xf32>) -> tensor<2x2x2x2x8x4xf32>
    %120 = "stablehlo.transpose"(%119) {permutation = array<i64: 0, 2, 4, 1, 3, 5>} : (tensor<2x2x2x2x8x4xf32>) -> tensor<2x2x8x2x2x4xf32>
    %121 = "stablehlo.reshape"(%120) : (tensor<2x2x8x2x2x4xf32>) -> tensor<32x16xf32>
    %122 = "stablehlo.dot_general"(%116, %121) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<50x32xf32>, tensor<32x16xf32>) -> tensor<50x16xf32>
    %123 = "stablehlo.reshape"(%122) : (tensor<50x16xf32>) -> tensor<2x5x5x2x2x4xf32>
    %124 = "stablehlo.transpose"(%123) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<2x5x5x2x2x4xf32>) -> tensor<2x5x2x5x2x4xf32>
    %125 = "stablehlo.reshape"(%124) : (tensor<2x5x2x5x2x4xf32>) -> tensor<2x10x10x4xf32>
    %126 = "stablehlo.slice"(%125) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 9, 9, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x10x10x4xf32>) -> tensor<2x8x8x4xf32>
    %127 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %128 = "stablehlo.reduce"(%126, %127) ({
    ^bb0(%129: tensor<f32>, %130: tensor<f32>):
        %131 = "stablehlo.add"(%129, %130) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%131) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %132 = "stablehlo.reshape"(%128) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %133 = "stablehlo.divide"(%132, %31) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %134 = "stablehlo.broadcast_in_dim"(%133) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x8x8x1xf32>) -> tensor<2x8x8x4xf32>
    %135 = "stablehlo.subtract"(%126, %134) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %136 = "stablehlo.multiply"(%135, %135) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %137 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %138 = "stablehlo.reduce"(%136, %137) ({
    ^bb0(%139: tensor<f32>, %140: tensor<f32>):
        %141 = "stablehlo.add"(%139, %140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%141) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %142 = "stablehlo.reshape"(%138) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %143 = "stablehlo.divide"(%142, %31) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %144 = "stablehlo.add"(%143, %43) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %145 = "stablehlo.rsqrt"(%144) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %146 = "stablehlo.broadcast_in_dim"(%145) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x8x8x1xf32>) -> tensor<2x8x8x4xf32>
    %147 = "stablehlo.multiply"(%135, %146) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %148 = "stablehlo.broadcast_in_dim"(%arg11) {broadcast_dimensions = array<i64: 3>} : (tensor<4xf32>) -> tensor<2x8x8x4xf32>
    %149 = "stablehlo.multiply"(%147, %148) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %150 = "stablehlo.broadcast_in_dim"(%arg12) {broadcast_dimensions = array<i64: 3>} : (tensor<4xf32>) -> tensor<2x8x8x4xf32>
    %151 = "stablehlo.add"(%149, %150) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %152 = "stablehlo.logistic"(%151) : (tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %153 = "stablehlo.multiply"(%151, %152) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %154 = "stablehlo.pad"(%153, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x10x10x4xf32>
    %155 = "stablehlo.slice"(%154) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 9, 9, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x10x10x4xf32>) -> tensor<2x9x9x4xf32>
    %156 = "stablehlo.reshape"(%155) : (tensor<2x9x9x4xf32>) -> tensor<162x4xf32>
    %157 = "stablehlo.slice"(%154) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 2, 9, 10, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x10x10x4xf32>) -> tensor<2x9x9x4xf32>
    %158 = "stablehlo.reshape"(%157) : (tensor<2x9x9x4xf32>) -> tensor<162x4xf32>
    %159 = "stablehlo.slice"(%154) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 2, 10, 9, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x10x10x4xf32>) -> tensor<2x9x9x4xf32>
    %160 = "stablehlo.reshape"(%159) : (tensor<2x9x9x4xf32>) -> tensor<162x4xf32>
    %161 = "stablehlo.slice"(%154) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 10, 10, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x10x10x4xf32>) -> tensor<2x9x9x4xf32>
    %162 = "stablehlo.reshape"(%161) : (tensor<2x9x9x4xf32>) -> tensor<162x4xf32>
    %163 = "stablehlo.concatenate"(%156, %158, %160, %162) {dimension = 1 : i64} : (tensor<162x4xf32>, tensor<162x4xf32>, tensor<162x4xf32>, tensor<162x4xf32>) -> tensor<162x16xf32>
    %164 = "stablehlo.pad"(%arg13, %5) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x4x4x3xf32>, tensor<f32>) -> tensor<4x4x4x3xf32>
    %165 = "stablehlo.reshape"(%164) : (tensor<4x4x4x3xf32>) -> tensor<2x2x2x2x4x3xf32>
    %166 = "stablehlo.reverse"(%165) {dimensions = array<i64: 1, 3>} : (tensor<2x2x2x2x4x3xf32>) -> tensor<2x2x2x2x4x3xf32>
    %167 = "stablehlo.transpose"(%166) {permutation = array<i64: 0, 2, 4, 1, 3, 5>} : (tensor<2x2x2x2x4x3xf32>) -> tensor<2x2x4x2x2x3xf32>
    %168 = "stablehlo.reshape"(%167) : (tensor<2x2x4x2x2x3xf32>) -> tensor<16x12xf32>
    %169 = "stablehlo.dot_general"(%163, %168) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<162x16xf32>, tensor<16x12xf32>) -> tensor<162x12xf32>
    %170 = "stablehlo.reshape"(%169) : (tensor<162x12xf32>) -> tensor<2x9x9x2x2x3xf32>
    %171 = "stablehlo.transpose"(%170) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<2x9x9x2x2x3xf32>) -> tensor<2x9x2x9x2x3xf32>
    %172 = "stablehlo.reshape"(%171) : (tensor<2x9x2x9x2x3xf32>) -> tensor<2x18x18x3xf32>
    %173 = "stablehlo.slice"(%172) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 17, 17, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x18x18x3xf32>) -> tensor<2x16x16x3xf32>
    %174 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<2x16x16x3xf32>
    %175 = "stablehlo.add"(%173, %174) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %176 = "stablehlo.add"(%175, %3) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %177 = "stablehlo.multiply"(%102, %102) : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x128xf32>
    %178 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %179 = "stablehlo.reduce"(%177, %178) ({
    ^bb0(%180: tensor<f32>, %181: tensor<f32>):
        %182 = "stablehlo.add"(%180, %181) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%182) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x128xf32>, tensor<f32>) -> tensor<f32>
    %183 = "stablehlo.constant"() {value = dense<256.0> : tensor<f32>} : () -> tensor<f32>
    %184 = "stablehlo.divide"(%179, %183) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %185 = "stablehlo.subtract"(%176, %2) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %186 = "stablehlo.multiply"(%185, %185) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %187 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %188 = "stablehlo.reduce"(%186, %187) ({
    ^bb0(%189: tensor<f32>, %190: tensor<f32>):
        %191 = "stablehlo.add"(%189, %190) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%191) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 2, 3>} : (tensor<2x16x16x3xf32>, tensor<f32>) -> tensor<2xf32>
    %192 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %193 = "stablehlo.reduce"(%188, %192) ({
    ^bb0(%194: tensor<f32>, %195: tensor<f32>):
        %196 = "stablehlo.add"(%194, %195) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%196) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %197 = "stablehlo.constant"() {value = dense<2.0> : tensor<f32>} : () -> tensor<f32>
    %198 = "stablehlo.divide"(%193, %197) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %199 = "stablehlo.add"(%184, %198) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %200 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
    %201 = "stablehlo.divide"(%200, %197) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %202 = "stablehlo.broadcast_in_dim"(%201) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %203 = "stablehlo.broadcast_in_dim"(%202) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x16x16x3xf32>
    %204 = "stablehlo.multiply"(%203, %185) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %205 = "stablehlo.add"(%204, %204) : (tensor<2x16x16x3xf32>, tensor<2x16x16x3xf32>) -> tensor<2x16x16x3xf32>
    %206 = "stablehlo.divide"(%200, %183) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %207 = "stablehlo.broadcast_in_dim"(%206) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x128xf32>
    %208 = "stablehlo.multiply"(%207, %102) : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x128xf32>
    %209 = "stablehlo.add"(%208, %208) : (tensor<2x128xf32>, tensor<2x128xf32>) -> tensor<2x128xf32>
    %210 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %211 = "stablehlo.reduce"(%205, %210) ({
    ^bb0(%212: tensor<f32>, %213: tensor<f32>):
        %214 = "stablehlo.add"(%212, %213) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%214) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x16x16x3xf32>, tensor<f32>) -> tensor<3xf32>
    %215 = "stablehlo.pad"(%205, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x16x16x3xf32>, tensor<f32>) -> tensor<2x18x18x3xf32>
    %216 = "stablehlo.reshape"(%215) : (tensor<2x18x18x3xf32>) -> tensor<2x9x2x9x2x3xf32>
    %217 = "stablehlo.transpose"(%216) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<2x9x2x9x2x3xf32>) -> tensor<2x9x9x2x2x3xf32>
    %218 = "stablehlo.reshape"(%217) : (tensor<2x9x9x2x2x3xf32>) -> tensor<162x12xf32>
    %219 = "stablehlo.dot_general"(%218, %168) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<162x12xf32>, tensor<16x12xf32>) -> tensor<162x16xf32>
    %220 = "stablehlo.dot_general"(%218, %163) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<162x12xf32>, tensor<162x16xf32>) -> tensor<12x16xf32>
    %221 = "stablehlo.transpose"(%220) {permutation = array<i64: 1, 0>} : (tensor<12x16xf32>) -> tensor<16x12xf32>
    %222 = "stablehlo.reshape"(%221) : (tensor<16x12xf32>) -> tensor<2x2x4x2x2x3xf32>
    %223 = "stablehlo.transpose"(%222) {permutation = array<i64: 0, 3, 1, 4, 2, 5>} : (tensor<2x2x4x2x2x3xf32>) -> tensor<2x2x2x2x4x3xf32>
    %224 = "stablehlo.reverse"(%223) {dimensions = array<i64: 1, 3>} : (tensor<2x2x2x2x4x3xf32>) -> tensor<2x2x2x2x4x3xf32>
    %225 = "stablehlo.reshape"(%224) : (tensor<2x2x2x2x4x3xf32>) -> tensor<4x4x4x3xf32>
    %226 = "stablehlo.slice"(%225) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 4, 4, 3>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x4x3xf32>) -> tensor<4x4x4x3xf32>
    %227 = "stablehlo.slice"(%219) {start_indices = array<i64: 0, 0>, limit_indices = array<i64: 162, 4>, strides = array<i64: 1, 1>} : (tensor<162x16xf32>) -> tensor<162x4xf32>
    %228 = "stablehlo.slice"(%219) {start_indices = array<i64: 0, 4>, limit_indices = array<i64: 162, 8>, strides = array<i64: 1, 1>} : (tensor<162x16xf32>) -> tensor<162x4xf32>
    %229 = "stablehlo.slice"(%219) {start_indices = array<i64: 0, 8>, limit_indices = array<i64: 162, 12>, strides = array<i64: 1, 1>} : (tensor<162x16xf32>) -> tensor<162x4xf32>
    %230 = "stablehlo.slice"(%219) {start_indices = array<i64: 0, 12>, limit_indices = array<i64: 162, 16>, strides = array<i64: 1, 1>} : (tensor<162x16xf32>) -> tensor<162x4xf32>
    %231 = "stablehlo.reshape"(%230) : (tensor<162x4xf32>) -> tensor<2x9x9x4xf32>
    %232 = "stablehlo.pad"(%231, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x9x9x4xf32>, tensor<f32>) -> tensor<2x10x10x4xf32>
    %233 = "stablehlo.reshape"(%229) : (tensor<162x4xf32>) -> tensor<2x9x9x4xf32>
    %234 = "stablehlo.pad"(%233, %5) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x9x9x4xf32>, tensor<f32>) -> tensor<2x10x10x4xf32>
    %235 = "stablehlo.add"(%232, %234) : (tensor<2x10x10x4xf32>, tensor<2x10x10x4xf32>) -> tensor<2x10x10x4xf32>
    %236 = "stablehlo.reshape"(%228) : (tensor<162x4xf32>) -> tensor<2x9x9x4xf32>
    %237 = "stablehlo.pad"(%236, %5) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x9x9x4xf32>, tensor<f32>) -> tensor<2x10x10x4xf32>
    %238 = "stablehlo.add"(%235, %237) : (tensor<2x10x10x4xf32>, tensor<2x10x10x4xf32>) -> tensor<2x10x10x4xf32>
    %239 = "stablehlo.reshape"(%227) : (tensor<162x4xf32>) -> tensor<2x9x9x4xf32>
    %240 = "stablehlo.pad"(%239, %5) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x9x9x4xf32>, tensor<f32>) -> tensor<2x10x10x4xf32>
    %241 = "stablehlo.add"(%238, %240) : (tensor<2x10x10x4xf32>, tensor<2x10x10x4xf32>) -> tensor<2x10x10x4xf32>
    %242 = "stablehlo.slice"(%241) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 9, 9, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x10x10x4xf32>) -> tensor<2x8x8x4xf32>
    %243 = "stablehlo.multiply"(%242, %152) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %244 = "stablehlo.multiply"(%242, %151) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %245 = "stablehlo.multiply"(%244, %152) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %246 = "stablehlo.constant"() {value = dense<1.0> : tensor<2x8x8x4xf32>} : () -> tensor<2x8x8x4xf32>
    %247 = "stablehlo.subtract"(%246, %152) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %248 = "stablehlo.multiply"(%245, %247) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %249 = "stablehlo.add"(%243, %248) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %250 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %251 = "stablehlo.reduce"(%249, %250) ({
    ^bb0(%252: tensor<f32>, %253: tensor<f32>):
        %254 = "stablehlo.add"(%252, %253) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%254) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %255 = "stablehlo.multiply"(%249, %148) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %256 = "stablehlo.multiply"(%249, %147) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %257 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %258 = "stablehlo.reduce"(%256, %257) ({
    ^bb0(%259: tensor<f32>, %260: tensor<f32>):
        %261 = "stablehlo.add"(%259, %260) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%261) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %262 = "stablehlo.multiply"(%255, %146) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %263 = "stablehlo.multiply"(%255, %135) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %264 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %265 = "stablehlo.reduce"(%263, %264) ({
    ^bb0(%266: tensor<f32>, %267: tensor<f32>):
        %268 = "stablehlo.add"(%266, %267) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%268) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %269 = "stablehlo.reshape"(%265) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %270 = "stablehlo.multiply"(%269, %145) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %271 = "stablehlo.constant"() {value = dense<-0.5> : tensor<2x8x8x1xf32>} : () -> tensor<2x8x8x1xf32>
    %272 = "stablehlo.multiply"(%270, %271) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %273 = "stablehlo.divide"(%272, %144) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %274 = "stablehlo.divide"(%273, %31) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %275 = "stablehlo.reshape"(%274) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8xf32>
    %276 = "stablehlo.broadcast_in_dim"(%275) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8xf32>) -> tensor<2x8x8x4xf32>
    %277 = "stablehlo.multiply"(%276, %135) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %278 = "stablehlo.add"(%262, %277) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %279 = "stablehlo.add"(%278, %277) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %280 = "stablehlo.negate"(%279) : (tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %281 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %282 = "stablehlo.reduce"(%280, %281) ({
    ^bb0(%283: tensor<f32>, %284: tensor<f32>):
        %285 = "stablehlo.add"(%283, %284) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%285) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %286 = "stablehlo.reshape"(%282) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %287 = "stablehlo.divide"(%286, %31) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %288 = "stablehlo.reshape"(%287) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8xf32>
    %289 = "stablehlo.broadcast_in_dim"(%288) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8xf32>) -> tensor<2x8x8x4xf32>
    %290 = "stablehlo.add"(%279, %289) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %291 = "stablehlo.pad"(%290, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x10x10x4xf32>
    %292 = "stablehlo.reshape"(%291) : (tensor<2x10x10x4xf32>) -> tensor<2x5x2x5x2x4xf32>
    %293 = "stablehlo.transpose"(%292) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<2x5x2x5x2x4xf32>) -> tensor<2x5x5x2x2x4xf32>
    %294 = "stablehlo.reshape"(%293) : (tensor<2x5x5x2x2x4xf32>) -> tensor<50x16xf32>
    %295 = "stablehlo.dot_general"(%294, %121) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<50x16xf32>, tensor<32x16xf32>) -> tensor<50x32xf32>
    %296 = "stablehlo.dot_general"(%294, %116) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<50x16xf32>, tensor<50x32xf32>) -> tensor<16x32xf32>
    %297 = "stablehlo.transpose"(%296) {permutation = array<i64: 1, 0>} : (tensor<16x32xf32>) -> tensor<32x16xf32>
    %298 = "stablehlo.reshape"(%297) : (tensor<32x16xf32>) -> tensor<2x2x8x2x2x4xf32>
    %299 = "stablehlo.transpose"(%298) {permutation = array<i64: 0, 3, 1, 4, 2, 5>} : (tensor<2x2x8x2x2x4xf32>) -> tensor<2x2x2x2x8x4xf32>
    %300 = "stablehlo.reverse"(%299) {dimensions = array<i64: 1, 3>} : (tensor<2x2x2x2x8x4xf32>) -> tensor<2x2x2x2x8x4xf32>
    %301 = "stablehlo.reshape"(%300) : (tensor<2x2x2x2x8x4xf32>) -> tensor<4x4x8x4xf32>
    %302 = "stablehlo.slice"(%301) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 4, 8, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x8x4xf32>) -> tensor<4x4x8x4xf32>
    %303 = "stablehlo.slice"(%295) {start_indices = array<i64: 0, 0>, limit_indices = array<i64: 50, 8>, strides = array<i64: 1, 1>} : (tensor<50x32xf32>) -> tensor<50x8xf32>
    %304 = "stablehlo.slice"(%295) {start_indices = array<i64: 0, 8>, limit_indices = array<i64: 50, 16>, strides = array<i64: 1, 1>} : (tensor<50x32xf32>) -> tensor<50x8xf32>
    %305 = "stablehlo.slice"(%295) {start_indices = array<i64: 0, 16>, limit_indices = array<i64: 50, 24>, strides = array<i64: 1, 1>} : (tensor<50x32xf32>) -> tensor<50x8xf32>
    %306 = "stablehlo.slice"(%295) {start_indices = array<i64: 0, 24>, limit_indices = array<i64: 50, 32>, strides = array<i64: 1, 1>} : (tensor<50x32xf32>) -> tensor<50x8xf32>
    %307 = "stablehlo.reshape"(%306) : (tensor<50x8xf32>) -> tensor<2x5x5x8xf32>
    %308 = "stablehlo.pad"(%307, %5) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x5x5x8xf32>, tensor<f32>) -> tensor<2x6x6x8xf32>
    %309 = "stablehlo.reshape"(%305) : (tensor<50x8xf32>) -> tensor<2x5x5x8xf32>
    %310 = "stablehlo.pad"(%309, %5) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x5x5x8xf32>, tensor<f32>) -> tensor<2x6x6x8xf32>
    %311 = "stablehlo.add"(%308, %310) : (tensor<2x6x6x8xf32>, tensor<2x6x6x8xf32>) -> tensor<2x6x6x8xf32>
    %312 = "stablehlo.reshape"(%304) : (tensor<50x8xf32>) -> tensor<2x5x5x8xf32>
    %313 = "stablehlo.pad"(%312, %5) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x5x5x8xf32>, tensor<f32>) -> tensor<2x6x6x8xf32>
    %314 = "stablehlo.add"(%311, %313) : (tensor<2x6x6x8xf32>, tensor<2x6x6x8xf32>) -> tensor<2x6x6x8xf32>
    %315 = "stablehlo.reshape"(%303) : (tensor<50x8xf32>) -> tensor<2x5x5x8xf32>
    %316 = "stablehlo.pad"(%315, %5) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x5x5x8xf32>, tensor<f32>) -> tensor<2x6x6x8xf32>
    %317 = "stablehlo.add"(%314, %316) : (tensor<2x6x6x8xf32>, tensor<2x6x6x8xf32>) -> tensor<2x6x6x8xf32>
    %318 = "stablehlo.slice"(%317) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 5, 5, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x6x6x8xf32>) -> tensor<2x4x4x8xf32>
    %319 = "stablehlo.reshape"(%318) : (tensor<2x4x4x8xf32>) -> tensor<2x128xf32>
    %320 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %321 = "stablehlo.reduce"(%319, %320) ({
    ^bb0(%322: tensor<f32>, %323: tensor<f32>):
        %324 = "stablehlo.add"(%322, %323) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%324) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x128xf32>, tensor<f32>) -> tensor<128xf32>
    %325 = "stablehlo.dot_general"(%319, %arg1) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x128xf32>, tensor<2x32xf32>) -> tensor<128x32xf32>
    %326 = "stablehlo.transpose"(%325) {permutation = array<i64: 1, 0>} : (tensor<128x32xf32>) -> tensor<32x128xf32>
    %327 = "stablehlo.reshape"(%209) : (tensor<2x128xf32>) -> tensor<2x4x4x8xf32>
    %328 = "stablehlo.multiply"(%327, %100) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %329 = "stablehlo.multiply"(%327, %99) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %330 = "stablehlo.multiply"(%329, %100) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %331 = "stablehlo.constant"() {value = dense<1.0> : tensor<2x4x4x8xf32>} : () -> tensor<2x4x4x8xf32>
    %332 = "stablehlo.subtract"(%331, %100) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %333 = "stablehlo.multiply"(%330, %332) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %334 = "stablehlo.add"(%328, %333) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %335 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %336 = "stablehlo.reduce"(%334, %335) ({
    ^bb0(%337: tensor<f32>, %338: tensor<f32>):
        %339 = "stablehlo.add"(%337, %338) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%339) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<8xf32>
    %340 = "stablehlo.multiply"(%334, %96) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %341 = "stablehlo.multiply"(%334, %95) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %342 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %343 = "stablehlo.reduce"(%341, %342) ({
    ^bb0(%344: tensor<f32>, %345: tensor<f32>):
        %346 = "stablehlo.add"(%344, %345) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%346) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<8xf32>
    %347 = "stablehlo.multiply"(%340, %94) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %348 = "stablehlo.multiply"(%340, %82) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %349 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %350 = "stablehlo.reduce"(%348, %349) ({
    ^bb0(%351: tensor<f32>, %352: tensor<f32>):
        %353 = "stablehlo.add"(%351, %352) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%353) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %354 = "stablehlo.reshape"(%350) : (tensor<2x4x4xf32>) -> tensor<2x4x4x1xf32>
    %355 = "stablehlo.multiply"(%354, %93) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %356 = "stablehlo.constant"() {value = dense<-0.5> : tensor<2x4x4x1xf32>} : () -> tensor<2x4x4x1xf32>
    %357 = "stablehlo.multiply"(%355, %356) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %358 = "stablehlo.divide"(%357, %92) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %359 = "stablehlo.divide"(%358, %79) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %360 = "stablehlo.reshape"(%359) : (tensor<2x4x4x1xf32>) -> tensor<2x4x4xf32>
    %361 = "stablehlo.broadcast_in_dim"(%360) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x4xf32>) -> tensor<2x4x4x8xf32>
    %362 = "stablehlo.multiply"(%361, %82) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %363 = "stablehlo.add"(%347, %362) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %364 = "stablehlo.add"(%363, %362) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %365 = "stablehlo.negate"(%364) : (tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %366 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %367 = "stablehlo.reduce"(%365, %366) ({
    ^bb0(%368: tensor<f32>, %369: tensor<f32>):
        %370 = "stablehlo.add"(%368, %369) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%370) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<2x4x4xf32>
    %371 = "stablehlo.reshape"(%367) : (tensor<2x4x4xf32>) -> tensor<2x4x4x1xf32>
    %372 = "stablehlo.divide"(%371, %79) : (tensor<2x4x4x1xf32>, tensor<2x4x4x1xf32>) -> tensor<2x4x4x1xf32>
    %373 = "stablehlo.reshape"(%372) : (tensor<2x4x4x1xf32>) -> tensor<2x4x4xf32>
    %374 = "stablehlo.broadcast_in_dim"(%373) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x4xf32>) -> tensor<2x4x4x8xf32>
    %375 = "stablehlo.add"(%364, %374) : (tensor<2x4x4x8xf32>, tensor<2x4x4x8xf32>) -> tensor<2x4x4x8xf32>
    %376 = "stablehlo.reshape"(%375) : (tensor<2x4x4x8xf32>) -> tensor<32x8xf32>
    %377 = "stablehlo.dot_general"(%376, %70) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<32x8xf32>, tensor<64x8xf32>) -> tensor<32x64xf32>
    %378 = "stablehlo.dot_general"(%376, %66) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<32x8xf32>, tensor<32x64xf32>) -> tensor<8x64xf32>
    %379 = "stablehlo.transpose"(%378) {permutation = array<i64: 1, 0>} : (tensor<8x64xf32>) -> tensor<64x8xf32>
    %380 = "stablehlo.reshape"(%379) : (tensor<64x8xf32>) -> tensor<2x2x2x2x4x8xf32>
    %381 = "stablehlo.transpose"(%380) {permutation = array<i64: 0, 2, 1, 3, 4, 5>} : (tensor<2x2x2x2x4x8xf32>) -> tensor<2x2x2x2x4x8xf32>
    %382 = "stablehlo.reshape"(%381) : (tensor<2x2x2x2x4x8xf32>) -> tensor<4x4x4x8xf32>
    %383 = "stablehlo.slice"(%382) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 4, 4, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x4x8xf32>) -> tensor<4x4x4x8xf32>
    %384 = "stablehlo.slice"(%377) {start_indices = array<i64: 0, 0>, limit_indices = array<i64: 32, 16>, strides = array<i64: 1, 1>} : (tensor<32x64xf32>) -> tensor<32x16xf32>
    %385 = "stablehlo.slice"(%377) {start_indices = array<i64: 0, 16>, limit_indices = array<i64: 32, 32>, strides = array<i64: 1, 1>} : (tensor<32x64xf32>) -> tensor<32x16xf32>
    %386 = "stablehlo.slice"(%377) {start_indices = array<i64: 0, 32>, limit_indices = array<i64: 32, 48>, strides = array<i64: 1, 1>} : (tensor<32x64xf32>) -> tensor<32x16xf32>
    %387 = "stablehlo.slice"(%377) {start_indices = array<i64: 0, 48>, limit_indices = array<i64: 32, 64>, strides = array<i64: 1, 1>} : (tensor<32x64xf32>) -> tensor<32x16xf32>
    %388 = "stablehlo.reshape"(%387) : (tensor<32x16xf32>) -> tensor<2x4x4x2x2x4xf32>
    %389 = "stablehlo.pad"(%388, %5) {edge_padding_low = array<i64: 0, 1, 1, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x2x2x4xf32>, tensor<f32>) -> tensor<2x5x5x2x2x4xf32>
    %390 = "stablehlo.reshape"(%386) : (tensor<32x16xf32>) -> tensor<2x4x4x2x2x4xf32>
    %391 = "stablehlo.pad"(%390, %5) {edge_padding_low = array<i64: 0, 1, 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 1, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x2x2x4xf32>, tensor<f32>) -> tensor<2x5x5x2x2x4xf32>
    %392 = "stablehlo.add"(%389, %391) : (tensor<2x5x5x2x2x4xf32>, tensor<2x5x5x2x2x4xf32>) -> tensor<2x5x5x2x2x4xf32>
    %393 = "stablehlo.reshape"(%385) : (tensor<32x16xf32>) -> tensor<2x4x4x2x2x4xf32>
    %394 = "stablehlo.pad"(%393, %5) {edge_padding_low = array<i64: 0, 0, 1, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x2x2x4xf32>, tensor<f32>) -> tensor<2x5x5x2x2x4xf32>
    %395 = "stablehlo.add"(%392, %394) : (tensor<2x5x5x2x2x4xf32>, tensor<2x5x5x2x2x4xf32>) -> tensor<2x5x5x2x2x4xf32>
    %396 = "stablehlo.reshape"(%384) : (tensor<32x16xf32>) -> tensor<2x4x4x2x2x4xf32>
    %397 = "stablehlo.pad"(%396, %5) {edge_padding_low = array<i64: 0, 0, 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0, 0, 0>} : (tensor<2x4x4x2x2x4xf32>, tensor<f32>) -> tensor<2x5x5x2x2x4xf32>
    %398 = "stablehlo.add"(%395, %397) : (tensor<2x5x5x2x2x4xf32>, tensor<2x5x5x2x2x4xf32>) -> tensor<2x5x5x2x2x4xf32>
    %399 = "stablehlo.transpose"(%398) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<2x5x5x2x2x4xf32>) -> tensor<2x5x2x5x2x4xf32>
    %400 = "stablehlo.reshape"(%399) : (tensor<2x5x2x5x2x4xf32>) -> tensor<2x10x10x4xf32>
    %401 = "stablehlo.slice"(%400) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 10, 10, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x10x10x4xf32>) -> tensor<2x10x10x4xf32>
    %402 = "stablehlo.slice"(%401) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 2, 9, 9, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x10x10x4xf32>) -> tensor<2x8x8x4xf32>
    %403 = "stablehlo.multiply"(%402, %52) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %404 = "stablehlo.multiply"(%402, %51) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %405 = "stablehlo.multiply"(%404, %52) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %406 = "stablehlo.subtract"(%246, %52) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %407 = "stablehlo.multiply"(%405, %406) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %408 = "stablehlo.add"(%403, %407) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %409 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %410 = "stablehlo.reduce"(%408, %409) ({
    ^bb0(%411: tensor<f32>, %412: tensor<f32>):
        %413 = "stablehlo.add"(%411, %412) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%413) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %414 = "stablehlo.multiply"(%408, %48) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %415 = "stablehlo.multiply"(%408, %47) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %416 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %417 = "stablehlo.reduce"(%415, %416) ({
    ^bb0(%418: tensor<f32>, %419: tensor<f32>):
        %420 = "stablehlo.add"(%418, %419) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%420) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %421 = "stablehlo.multiply"(%414, %46) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %422 = "stablehlo.multiply"(%414, %34) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %423 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %424 = "stablehlo.reduce"(%422, %423) ({
    ^bb0(%425: tensor<f32>, %426: tensor<f32>):
        %427 = "stablehlo.add"(%425, %426) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%427) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %428 = "stablehlo.reshape"(%424) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %429 = "stablehlo.multiply"(%428, %45) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %430 = "stablehlo.multiply"(%429, %271) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %431 = "stablehlo.divide"(%430, %44) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %432 = "stablehlo.divide"(%431, %31) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %433 = "stablehlo.reshape"(%432) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8xf32>
    %434 = "stablehlo.broadcast_in_dim"(%433) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8xf32>) -> tensor<2x8x8x4xf32>
    %435 = "stablehlo.multiply"(%434, %34) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %436 = "stablehlo.add"(%421, %435) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %437 = "stablehlo.add"(%436, %435) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %438 = "stablehlo.negate"(%437) : (tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %439 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %440 = "stablehlo.reduce"(%438, %439) ({
    ^bb0(%441: tensor<f32>, %442: tensor<f32>):
        %443 = "stablehlo.add"(%441, %442) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%443) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x8x8x4xf32>, tensor<f32>) -> tensor<2x8x8xf32>
    %444 = "stablehlo.reshape"(%440) : (tensor<2x8x8xf32>) -> tensor<2x8x8x1xf32>
    %445 = "stablehlo.divide"(%444, %31) : (tensor<2x8x8x1xf32>, tensor<2x8x8x1xf32>) -> tensor<2x8x8x1xf32>
    %446 = "stablehlo.reshape"(%445) : (tensor<2x8x8x1xf32>) -> tensor<2x8x8xf32>
    %447 = "stablehlo.broadcast_in_dim"(%446) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x8x8xf32>) -> tensor<2x8x8x4xf32>
    %448 = "stablehlo.add"(%437, %447) : (tensor<2x8x8x4xf32>, tensor<2x8x8x4xf32>) -> tensor<2x8x8x4xf32>
    %449 = "stablehlo.reshape"(%448) : (tensor<2x8x8x4xf32>) -> tensor<128x4xf32>
    %450 = "stablehlo.dot_general"(%449, %18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<128x4xf32>, tensor<128x48xf32>) -> tensor<4x48xf32>
    %451 = "stablehlo.transpose"(%450) {permutation = array<i64: 1, 0>} : (tensor<4x48xf32>) -> tensor<48x4xf32>
    %452 = "stablehlo.reshape"(%451) : (tensor<48x4xf32>) -> tensor<2x2x2x2x3x4xf32>
    %453 = "stablehlo.transpose"(%452) {permutation = array<i64: 0, 2, 1, 3, 4, 5>} : (tensor<2x2x2x2x3x4xf32>) -> tensor<2x2x2x2x3x4xf32>
    %454 = "stablehlo.reshape"(%453) : (tensor<2x2x2x2x3x4xf32>) -> tensor<4x4x3x4xf32>
    %455 = "stablehlo.slice"(%454) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 4, 3, 4>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x3x4xf32>) -> tensor<4x4x3x4xf32>
    return %199, %455, %417, %410, %383, %343, %336, %326, %321, %302, %258, %251, %226, %211 : tensor<f32>, tensor<4x4x3x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4x4x4x8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<32x128xf32>, tensor<128xf32>, tensor<4x4x8x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4x4x4x3xf32>, tensor<3xf32>
  }
}
