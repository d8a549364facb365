module @vqgan_tiny_generator_grads attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x16x16x3xf32>, %arg1: tensor<3x3x3x32xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32xf32>, %arg4: tensor<32xf32>, %arg5: tensor<3x3x32x32xf32>, %arg6: tensor<32xf32>, %arg7: tensor<32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<3x3x32x32xf32>, %arg10: tensor<32xf32>, %arg11: tensor<3x3x32x32xf32>, %arg12: tensor<32xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32xf32>, %arg15: tensor<3x3x32x32xf32>, %arg16: tensor<32xf32>, %arg17: tensor<32xf32>, %arg18: tensor<32xf32>, %arg19: tensor<3x3x32x32xf32>, %arg20: tensor<32xf32>, %arg21: tensor<32xf32>, %arg22: tensor<32xf32>, %arg23: tensor<3x3x32x32xf32>, %arg24: tensor<32xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32xf32>, %arg27: tensor<3x3x32x32xf32>, %arg28: tensor<32xf32>, %arg29: tensor<32xf32>, %arg30: tensor<32xf32>, %arg31: tensor<1x1x32x32xf32>, %arg32: tensor<32xf32>, %arg33: tensor<1x1x32x32xf32>, %arg34: tensor<32xf32>, %arg35: tensor<1x1x32x32xf32>, %arg36: tensor<32xf32>, %arg37: tensor<1x1x32x32xf32>, %arg38: tensor<32xf32>, %arg39: tensor<32xf32>, %arg40: tensor<32xf32>, %arg41: tensor<3x3x32x32xf32>, %arg42: tensor<32xf32>, %arg43: tensor<32xf32>, %arg44: tensor<32xf32>, %arg45: tensor<3x3x32x32xf32>, %arg46: tensor<32xf32>, %arg47: tensor<32xf32>, %arg48: tensor<32xf32>, %arg49: tensor<3x3x32x16xf32>, %arg50: tensor<16xf32>, %arg51: tensor<1x1x16x16xf32>, %arg52: tensor<16xf32>, %arg53: tensor<32x16xf32>, %arg54: tensor<1x1x16x16xf32>, %arg55: tensor<16xf32>, %arg56: tensor<3x3x16x32xf32>, %arg57: tensor<32xf32>, %arg58: tensor<32xf32>, %arg59: tensor<32xf32>, %arg60: tensor<3x3x32x32xf32>, %arg61: tensor<32xf32>, %arg62: tensor<32xf32>, %arg63: tensor<32xf32>, %arg64: tensor<3x3x32x32xf32>, %arg65: tensor<32xf32>, %arg66: tensor<32xf32>, %arg67: tensor<32xf32>, %arg68: tensor<1x1x32x32xf32>, %arg69: tensor<32xf32>, %arg70: tensor<1x1x32x32xf32>, %arg71: tensor<32xf32>, %arg72: tensor<1x1x32x32xf32>, %arg73: tensor<32xf32>, %arg74: tensor<1x1x32x32xf32>, %arg75: tensor<32xf32>, %arg76: tensor<32xf32>, %arg77: tensor<32xf32>, %arg78: tensor<3x3x32x32xf32>, %arg79: tensor<32xf32>, %arg80: tensor<32xf32>, %arg81: tensor<32xf32>, %arg82: tensor<3x3x32x32xf32>, %arg83: tensor<32xf32>, %arg84: tensor<32xf32>, %arg85: tensor<32xf32>, %arg86: tensor<3x3x32x32xf32>, %arg87: tensor<32xf32>, %arg88: tensor<32xf32>, %arg89: tensor<32xf32>, %arg90: tensor<3x3x32x32xf32>, %arg91: tensor<32xf32>, %arg92: tensor<32xf32>, %arg93: tensor<32xf32>, %arg94: tensor<3x3x32x32xf32>, %arg95: tensor<32xf32>, %arg96: tensor<32xf32>, %arg97: tensor<32xf32>, %arg98: tensor<3x3x32x32xf32>, %arg99: tensor<32xf32>, %arg100: tensor<3x3x32x32xf32>, %arg101: tensor<32xf32>, %arg102: tensor<32xf32>, %arg103: tensor<32xf32>, %arg104: tensor<3x3x32x32xf32>, %arg105: tensor<32xf32>, %arg106: tensor<32xf32>, %arg107: tensor<32xf32>, %arg108: tensor<3x3x32x32xf32>, %arg109: tensor<32xf32>, %arg110: tensor<32xf32>, %arg111: tensor<32xf32>, %arg112: tensor<3x3x32x32xf32>, %arg113: tensor<32xf32>, %arg114: tensor<32xf32>, %arg115: tensor<32xf32>, %arg116: tensor<3x3x32x32xf32>, %arg117: tensor<32xf32>, %arg118: tensor<32xf32>, %arg119: tensor<32xf32>, %arg120: tensor<3x3x32x3xf32>, %arg121: tensor<3xf32>, %arg122: tensor<1x1x3x8xf32>, %arg123: tensor<8xf32>, %arg124: tensor<3x3x8x32xf32>, %arg125: tensor<32xf32>, %arg126: tensor<3x3x32x16xf32>, %arg127: tensor<16xf32>, %arg128: tensor<1x1x8x16xf32>, %arg129: tensor<16xf32>, %arg130: tensor<3x3x16x64xf32>, %arg131: tensor<64xf32>, %arg132: tensor<3x3x64x32xf32>, %arg133: tensor<32xf32>, %arg134: tensor<1x1x16x32xf32>, %arg135: tensor<32xf32>, %arg136: tensor<3x3x33x32xf32>, %arg137: tensor<32xf32>, %arg138: tensor<128x64xf32>, %arg139: tensor<64xf32>, %arg140: tensor<64x1xf32>, %arg141: tensor<1xf32>) -> (tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<3x3x3x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x16xf32>, tensor<16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<32x16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<3x3x16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x3xf32>, tensor<3xf32>) {
    %0 = "stablehlo.convolution"(%arg0, %arg1) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x3xf32>, tensor<3x3x3x32xf32>) -> tensor<4x16x16x32xf32>
    %1 = "stablehlo.broadcast_in_dim"(%arg2) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %2 = "stablehlo.add"(%0, %1) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3 = "stablehlo.reshape"(%2) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %4 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %5 = "stablehlo.reduce"(%3, %4) ({
    ^bb0(%6: tensor<f32>, %7: tensor<f32>):
        %8 = "stablehlo.add"(%6, %7) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%8) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %9 = "stablehlo.reshape"(%5) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %10 = "stablehlo.constant"() {value = dense<256.0> : tensor<4x1x32x1xf32>} : () -> tensor<4x1x32x1xf32>
    %11 = "stablehlo.divide"(%9, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %12 = "stablehlo.broadcast_in_dim"(%11) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %13 = "stablehlo.subtract"(%3, %12) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %14 = "stablehlo.multiply"(%13, %13) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %15 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %16 = "stablehlo.reduce"(%14, %15) ({
    ^bb0(%17: tensor<f32>, %18: tensor<f32>):
        %19 = "stablehlo.add"(%17, %18) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%19) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %20 = "stablehlo.reshape"(%16) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %21 = "stablehlo.divide"(%20, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %22 = "stablehlo.constant"() {value = dense<0x358637BD> : tensor<4x1x32x1xf32>} : () -> tensor<4x1x32x1xf32>
    %23 = "stablehlo.add"(%21, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %24 = "stablehlo.rsqrt"(%23) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %25 = "stablehlo.broadcast_in_dim"(%24) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %26 = "stablehlo.multiply"(%13, %25) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %27 = "stablehlo.reshape"(%26) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %28 = "stablehlo.broadcast_in_dim"(%arg3) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %29 = "stablehlo.multiply"(%27, %28) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %30 = "stablehlo.broadcast_in_dim"(%arg4) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %31 = "stablehlo.add"(%29, %30) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %32 = "stablehlo.logistic"(%31) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %33 = "stablehlo.multiply"(%31, %32) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %34 = "stablehlo.convolution"(%33, %arg5) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %35 = "stablehlo.broadcast_in_dim"(%arg6) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %36 = "stablehlo.add"(%34, %35) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %37 = "stablehlo.reshape"(%36) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %38 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %39 = "stablehlo.reduce"(%37, %38) ({
    ^bb0(%40: tensor<f32>, %41: tensor<f32>):
        %42 = "stablehlo.add"(%40, %41) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%42) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %43 = "stablehlo.reshape"(%39) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %44 = "stablehlo.divide"(%43, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %45 = "stablehlo.broadcast_in_dim"(%44) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %46 = "stablehlo.subtract"(%37, %45) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %47 = "stablehlo.multiply"(%46, %46) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %48 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %49 = "stablehlo.reduce"(%47, %48) ({
    ^bb0(%50: tensor<f32>, %51: tensor<f32>):
        %52 = "stablehlo.add"(%50, %51) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%52) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %53 = "stablehlo.reshape"(%49) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %54 = "stablehlo.divide"(%53, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %55 = "stablehlo.add"(%54, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %56 = "stablehlo.rsqrt"(%55) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %57 = "stablehlo.broadcast_in_dim"(%56) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %58 = "stablehlo.multiply"(%46, %57) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %59 = "stablehlo.reshape"(%58) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %60 = "stablehlo.broadcast_in_dim"(%arg7) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %61 = "stablehlo.multiply"(%59, %60) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %62 = "stablehlo.broadcast_in_dim"(%arg8) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %63 = "stablehlo.add"(%61, %62) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %64 = "stablehlo.logistic"(%63) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %65 = "stablehlo.multiply"(%63, %64) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %66 = "stablehlo.convolution"(%65, %arg9) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %67 = "stablehlo.broadcast_in_dim"(%arg10) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %68 = "stablehlo.add"(%66, %67) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %69 = "stablehlo.add"(%2, %68) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %70 = "stablehlo.convolution"(%69, %arg11) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 1], [0, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %71 = "stablehlo.broadcast_in_dim"(%arg12) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %72 = "stablehlo.add"(%70, %71) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %73 = "stablehlo.reshape"(%72) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %74 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %75 = "stablehlo.reduce"(%73, %74) ({
    ^bb0(%76: tensor<f32>, %77: tensor<f32>):
        %78 = "stablehlo.add"(%76, %77) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%78) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %79 = "stablehlo.reshape"(%75) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %80 = "stablehlo.constant"() {value = dense<64.0> : tensor<4x1x32x1xf32>} : () -> tensor<4x1x32x1xf32>
    %81 = "stablehlo.divide"(%79, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %82 = "stablehlo.broadcast_in_dim"(%81) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %83 = "stablehlo.subtract"(%73, %82) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %84 = "stablehlo.multiply"(%83, %83) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %85 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %86 = "stablehlo.reduce"(%84, %85) ({
    ^bb0(%87: tensor<f32>, %88: tensor<f32>):
        %89 = "stablehlo.add"(%87, %88) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%89) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %90 = "stablehlo.reshape"(%86) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %91 = "stablehlo.divide"(%90, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %92 = "stablehlo.add"(%91, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %93 = "stablehlo.rsqrt"(%92) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %94 = "stablehlo.broadcast_in_dim"(%93) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %95 = "stablehlo.multiply"(%83, %94) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %96 = "stablehlo.reshape"(%95) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %97 = "stablehlo.broadcast_in_dim"(%arg13) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %98 = "stablehlo.multiply"(%96, %97) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %99 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %100 = "stablehlo.add"(%98, %99) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %101 = "stablehlo.logistic"(%100) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %102 = "stablehlo.multiply"(%100, %101) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %103 = "stablehlo.convolution"(%102, %arg15) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %104 = "stablehlo.broadcast_in_dim"(%arg16) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %105 = "stablehlo.add"(%103, %104) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %106 = "stablehlo.reshape"(%105) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %107 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %108 = "stablehlo.reduce"(%106, %107) ({
    ^bb0(%109: tensor<f32>, %110: tensor<f32>):
        %111 = "stablehlo.add"(%109, %110) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%111) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %112 = "stablehlo.reshape"(%108) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %113 = "stablehlo.divide"(%112, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %114 = "stablehlo.broadcast_in_dim"(%113) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %115 = "stablehlo.subtract"(%106, %114) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %116 = "stablehlo.multiply"(%115, %115) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %117 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %118 = "stablehlo.reduce"(%116, %117) ({
    ^bb0(%119: tensor<f32>, %120: tensor<f32>):
        %121 = "stablehlo.add"(%119, %120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%121) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %122 = "stablehlo.reshape"(%118) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %123 = "stablehlo.divide"(%122, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %124 = "stablehlo.add"(%123, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %125 = "stablehlo.rsqrt"(%124) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %126 = "stablehlo.broadcast_in_dim"(%125) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %127 = "stablehlo.multiply"(%115, %126) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %128 = "stablehlo.reshape"(%127) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %129 = "stablehlo.broadcast_in_dim"(%arg17) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %130 = "stablehlo.multiply"(%128, %129) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %131 = "stablehlo.broadcast_in_dim"(%arg18) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %132 = "stablehlo.add"(%130, %131) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %133 = "stablehlo.logistic"(%132) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %134 = "stablehlo.multiply"(%132, %133) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %135 = "stablehlo.convolution"(%134, %arg19) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %136 = "stablehlo.broadcast_in_dim"(%arg20) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %137 = "stablehlo.add"(%135, %136) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %138 = "stablehlo.add"(%72, %137) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %139 = "stablehlo.reshape"(%138) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %140 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %141 = "stablehlo.reduce"(%139, %140) ({
    ^bb0(%142: tensor<f32>, %143: tensor<f32>):
        %144 = "stablehlo.add"(%142, %143) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%144) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %145 = "stablehlo.reshape"(%141) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %146 = "stablehlo.divide"(%145, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %147 = "stablehlo.broadcast_in_dim"(%146) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %148 = "stablehlo.subtract"(%139, %147) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %149 = "stablehlo.multiply"(%148, %148) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %150 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %151 = "stablehlo.reduce"(%149, %150) ({
    ^bb0(%152: tensor<f32>, %153: tensor<f32>):
        %154 = "stablehlo.add"(%152, %153) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%154) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %155 = "stablehlo.reshape"(%151) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %156 = "stablehlo.divide"(%155, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %157 = "stablehlo.add"(%156, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %158 = "stablehlo.rsqrt"(%157) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %159 = "stablehlo.broadcast_in_dim"(%158) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %160 = "stablehlo.multiply"(%148, %159) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %161 = "stablehlo.reshape"(%160) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %162 = "stablehlo.broadcast_in_dim"(%arg21) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %163 = "stablehlo.multiply"(%161, %162) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %164 = "stablehlo.broadcast_in_dim"(%arg22) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %165 = "stablehlo.add"(%163, %164) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %166 = "stablehlo.logistic"(%165) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %167 = "stablehlo.multiply"(%165, %166) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %168 = "stablehlo.convolution"(%167, %arg23) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %169 = "stablehlo.broadcast_in_dim"(%arg24) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %170 = "stablehlo.add"(%168, %169) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %171 = "stablehlo.reshape"(%170) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %172 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %173 = "stablehlo.reduce"(%171, %172) ({
    ^bb0(%174: tensor<f32>, %175: tensor<f32>):
        %176 = "stablehlo.add"(%174, %175) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%176) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %177 = "stablehlo.reshape"(%173) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %178 = "stablehlo.divide"(%177, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %179 = "stablehlo.broadcast_in_dim"(%178) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %180 = "stablehlo.subtract"(%171, %179) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %181 = "stablehlo.multiply"(%180, %180) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %182 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %183 = "stablehlo.reduce"(%181, %182) ({
    ^bb0(%184: tensor<f32>, %185: tensor<f32>):
        %186 = "stablehlo.add"(%184, %185) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%186) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %187 = "stablehlo.reshape"(%183) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %188 = "stablehlo.divide"(%187, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %189 = "stablehlo.add"(%188, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %190 = "stablehlo.rsqrt"(%189) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %191 = "stablehlo.broadcast_in_dim"(%190) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %192 = "stablehlo.multiply"(%180, %191) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %193 = "stablehlo.reshape"(%192) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %194 = "stablehlo.broadcast_in_dim"(%arg25) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %195 = "stablehlo.multiply"(%193, %194) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %196 = "stablehlo.broadcast_in_dim"(%arg26) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %197 = "stablehlo.add"(%195, %196) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %198 = "stablehlo.logistic"(%197) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %199 = "stablehlo.multiply"(%197, %198) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %200 = "stablehlo.convolution"(%199, %arg27) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %201 = "stablehlo.broadcast_in_dim"(%arg28) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %202 = "stablehlo.add"(%200, %201) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %203 = "stablehlo.add"(%138, %202) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %204 = "stablehlo.reshape"(%203) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %205 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %206 = "stablehlo.reduce"(%204, %205) ({
    ^bb0(%207: tensor<f32>, %208: tensor<f32>):
        %209 = "stablehlo.add"(%207, %208) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%209) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %210 = "stablehlo.reshape"(%206) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %211 = "stablehlo.divide"(%210, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %212 = "stablehlo.broadcast_in_dim"(%211) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %213 = "stablehlo.subtract"(%204, %212) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %214 = "stablehlo.multiply"(%213, %213) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %215 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %216 = "stablehlo.reduce"(%214, %215) ({
    ^bb0(%217: tensor<f32>, %218: tensor<f32>):
        %219 = "stablehlo.add"(%217, %218) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%219) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %220 = "stablehlo.reshape"(%216) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %221 = "stablehlo.divide"(%220, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %222 = "stablehlo.add"(%221, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %223 = "stablehlo.rsqrt"(%222) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %224 = "stablehlo.broadcast_in_dim"(%223) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %225 = "stablehlo.multiply"(%213, %224) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %226 = "stablehlo.reshape"(%225) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %227 = "stablehlo.broadcast_in_dim"(%arg29) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %228 = "stablehlo.multiply"(%226, %227) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %229 = "stablehlo.broadcast_in_dim"(%arg30) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %230 = "stablehlo.add"(%228, %229) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %231 = "stablehlo.convolution"(%230, %arg31) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %232 = "stablehlo.broadcast_in_dim"(%arg32) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %233 = "stablehlo.add"(%231, %232) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %234 = "stablehlo.reshape"(%233) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %235 = "stablehlo.convolution"(%230, %arg33) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %236 = "stablehlo.broadcast_in_dim"(%arg34) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %237 = "stablehlo.add"(%235, %236) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %238 = "stablehlo.reshape"(%237) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %239 = "stablehlo.convolution"(%230, %arg35) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %240 = "stablehlo.broadcast_in_dim"(%arg36) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %241 = "stablehlo.add"(%239, %240) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %242 = "stablehlo.reshape"(%241) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %243 = "stablehlo.dot_general"(%234, %238) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<4x64x32xf32>, tensor<4x64x32xf32>) -> tensor<4x64x64xf32>
    %244 = "stablehlo.constant"() {value = dense<0.17677669> : tensor<4x64x64xf32>} : () -> tensor<4x64x64xf32>
    %245 = "stablehlo.multiply"(%243, %244) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %246 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %247 = "stablehlo.reduce"(%245, %246) ({
    ^bb0(%248: tensor<f32>, %249: tensor<f32>):
        %250 = "stablehlo.maximum"(%248, %249) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%250) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<4x64x64xf32>, tensor<f32>) -> tensor<4x64xf32>
    %251 = "stablehlo.reshape"(%247) : (tensor<4x64xf32>) -> tensor<4x64x1xf32>
    %252 = "stablehlo.broadcast_in_dim"(%251) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<4x64x1xf32>) -> tensor<4x64x64xf32>
    %253 = "stablehlo.subtract"(%245, %252) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %254 = "stablehlo.exponential"(%253) : (tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %255 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %256 = "stablehlo.reduce"(%254, %255) ({
    ^bb0(%257: tensor<f32>, %258: tensor<f32>):
        %259 = "stablehlo.add"(%257, %258) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%259) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<4x64x64xf32>, tensor<f32>) -> tensor<4x64xf32>
    %260 = "stablehlo.reshape"(%256) : (tensor<4x64xf32>) -> tensor<4x64x1xf32>
    %261 = "stablehlo.broadcast_in_dim"(%260) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<4x64x1xf32>) -> tensor<4x64x64xf32>
    %262 = "stablehlo.divide"(%254, %261) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %263 = "stablehlo.dot_general"(%262, %242) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<4x64x64xf32>, tensor<4x64x32xf32>) -> tensor<4x64x32xf32>
    %264 = "stablehlo.reshape"(%263) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %265 = "stablehlo.convolution"(%264, %arg37) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %266 = "stablehlo.broadcast_in_dim"(%arg38) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %267 = "stablehlo.add"(%265, %266) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %268 = "stablehlo.add"(%203, %267) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %269 = "stablehlo.reshape"(%268) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %270 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %271 = "stablehlo.reduce"(%269, %270) ({
    ^bb0(%272: tensor<f32>, %273: tensor<f32>):
        %274 = "stablehlo.add"(%272, %273) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%274) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %275 = "stablehlo.reshape"(%271) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %276 = "stablehlo.divide"(%275, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %277 = "stablehlo.broadcast_in_dim"(%276) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %278 = "stablehlo.subtract"(%269, %277) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %279 = "stablehlo.multiply"(%278, %278) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %280 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %281 = "stablehlo.reduce"(%279, %280) ({
    ^bb0(%282: tensor<f32>, %283: tensor<f32>):
        %284 = "stablehlo.add"(%282, %283) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%284) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %285 = "stablehlo.reshape"(%281) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %286 = "stablehlo.divide"(%285, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %287 = "stablehlo.add"(%286, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %288 = "stablehlo.rsqrt"(%287) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %289 = "stablehlo.broadcast_in_dim"(%288) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %290 = "stablehlo.multiply"(%278, %289) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %291 = "stablehlo.reshape"(%290) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %292 = "stablehlo.broadcast_in_dim"(%arg39) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %293 = "stablehlo.multiply"(%291, %292) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %294 = "stablehlo.broadcast_in_dim"(%arg40) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %295 = "stablehlo.add"(%293, %294) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %296 = "stablehlo.logistic"(%295) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %297 = "stablehlo.multiply"(%295, %296) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %298 = "stablehlo.convolution"(%297, %arg41) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %299 = "stablehlo.broadcast_in_dim"(%arg42) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %300 = "stablehlo.add"(%298, %299) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %301 = "stablehlo.reshape"(%300) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %302 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %303 = "stablehlo.reduce"(%301, %302) ({
    ^bb0(%304: tensor<f32>, %305: tensor<f32>):
        %306 = "stablehlo.add"(%304, %305) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%306) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %307 = "stablehlo.reshape"(%303) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %308 = "stablehlo.divide"(%307, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %309 = "stablehlo.broadcast_in_dim"(%308) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %310 = "stablehlo.subtract"(%301, %309) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %311 = "stablehlo.multiply"(%310, %310) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %312 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %313 = "stablehlo.reduce"(%311, %312) ({
    ^bb0(%314: tensor<f32>, %315: tensor<f32>):
        %316 = "stablehlo.add"(%314, %315) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%316) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %317 = "stablehlo.reshape"(%313) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %318 = "stablehlo.divide"(%317, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %319 = "stablehlo.add"(%318, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %320 = "stablehlo.rsqrt"(%319) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %321 = "stablehlo.broadcast_in_dim"(%320) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %322 = "stablehlo.multiply"(%310, %321) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %323 = "stablehlo.reshape"(%322) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %324 = "stablehlo.broadcast_in_dim"(%arg43) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %325 = "stablehlo.multiply"(%323, %324) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %326 = "stablehlo.broadcast_in_dim"(%arg44) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %327 = "stablehlo.add"(%325, %326) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %328 = "stablehlo.logistic"(%327) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %329 = "stablehlo.multiply"(%327, %328) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %330 = "stablehlo.convolution"(%329, %arg45) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %331 = "stablehlo.broadcast_in_dim"(%arg46) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %332 = "stablehlo.add"(%330, %331) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %333 = "stablehlo.add"(%268, %332) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %334 = "stablehlo.reshape"(%333) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %335 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %336 = "stablehlo.reduce"(%334, %335) ({
    ^bb0(%337: tensor<f32>, %338: tensor<f32>):
        %339 = "stablehlo.add"(%337, %338) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%339) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %340 = "stablehlo.reshape"(%336) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %341 = "stablehlo.divide"(%340, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %342 = "stablehlo.broadcast_in_dim"(%341) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %343 = "stablehlo.subtract"(%334, %342) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %344 = "stablehlo.multiply"(%343, %343) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %345 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %346 = "stablehlo.reduce"(%344, %345) ({
    ^bb0(%347: tensor<f32>, %348: tensor<f32>):
        %349 = "stablehlo.add"(%347, %348) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%349) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %350 = "stablehlo.reshape"(%346) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %351 = "stablehlo.divide"(%350, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %352 = "stablehlo.add"(%351, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %353 = "stablehlo.rsqrt"(%352) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %354 = "stablehlo.broadcast_in_dim"(%353) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %355 = "stablehlo.multiply"(%343, %354) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %356 = "stablehlo.reshape"(%355) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %357 = "stablehlo.broadcast_in_dim"(%arg47) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %358 = "stablehlo.multiply"(%356, %357) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %359 = "stablehlo.broadcast_in_dim"(%arg48) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %360 = "stablehlo.add"(%358, %359) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %361 = "stablehlo.logistic"(%360) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %362 = "stablehlo.multiply"(%360, %361) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %363 = "stablehlo.convolution"(%362, %arg49) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x16xf32>) -> tensor<4x8x8x16xf32>
    %364 = "stablehlo.broadcast_in_dim"(%arg50) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %365 = "stablehlo.add"(%363, %364) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %366 = "stablehlo.convolution"(%365, %arg51) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x16xf32>) -> tensor<4x8x8x16xf32>
    %367 = "stablehlo.broadcast_in_dim"(%arg52) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %368 = "stablehlo.add"(%366, %367) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %369 = "stablehlo.reshape"(%368) : (tensor<4x8x8x16xf32>) -> tensor<256x16xf32>
    %370 = "stablehlo.dot_general"(%369, %arg53) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<256x16xf32>, tensor<32x16xf32>) -> tensor<256x32xf32>
    %371 = "stablehlo.multiply"(%369, %369) : (tensor<256x16xf32>, tensor<256x16xf32>) -> tensor<256x16xf32>
    %372 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %373 = "stablehlo.reduce"(%371, %372) ({
    ^bb0(%374: tensor<f32>, %375: tensor<f32>):
        %376 = "stablehlo.add"(%374, %375) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%376) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<256x16xf32>, tensor<f32>) -> tensor<256xf32>
    %377 = "stablehlo.reshape"(%373) : (tensor<256xf32>) -> tensor<256x1xf32>
    %378 = "stablehlo.multiply"(%arg53, %arg53) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %379 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %380 = "stablehlo.reduce"(%378, %379) ({
    ^bb0(%381: tensor<f32>, %382: tensor<f32>):
        %383 = "stablehlo.add"(%381, %382) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%383) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<32x16xf32>, tensor<f32>) -> tensor<32xf32>
    %384 = "stablehlo.reshape"(%380) : (tensor<32xf32>) -> tensor<1x32xf32>
    %385 = "stablehlo.broadcast_in_dim"(%377) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<256x1xf32>) -> tensor<256x32xf32>
    %386 = "stablehlo.broadcast_in_dim"(%384) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x32xf32>) -> tensor<256x32xf32>
    %387 = "stablehlo.add"(%385, %386) : (tensor<256x32xf32>, tensor<256x32xf32>) -> tensor<256x32xf32>
    %388 = "stablehlo.constant"() {value = dense<2.0> : tensor<256x32xf32>} : () -> tensor<256x32xf32>
    %389 = "stablehlo.multiply"(%370, %388) : (tensor<256x32xf32>, tensor<256x32xf32>) -> tensor<256x32xf32>
    %390 = "stablehlo.subtract"(%387, %389) : (tensor<256x32xf32>, tensor<256x32xf32>) -> tensor<256x32xf32>
    %391 = "stablehlo.constant"() {value = dense<0x7F800000> : tensor<f32>} : () -> tensor<f32>
    %392 = "stablehlo.reduce"(%390, %391) ({
    ^bb0(%393: tensor<f32>, %394: tensor<f32>):
        %395 = "stablehlo.minimum"(%393, %394) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%395) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<256x32xf32>, tensor<f32>) -> tensor<256xf32>
    %396 = "stablehlo.broadcast_in_dim"(%392) {broadcast_dimensions = array<i64: 0>} : (tensor<256xf32>) -> tensor<256x32xf32>
    %397 = "stablehlo.compare"(%390, %396) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<256x32xf32>, tensor<256x32xf32>) -> tensor<256x32xi1>
    %398 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<256x32xi32>
    %399 = "stablehlo.constant"() {value = dense<32> : tensor<256x32xi32>} : () -> tensor<256x32xi32>
    %400 = "stablehlo.select"(%397, %398, %399) : (tensor<256x32xi1>, tensor<256x32xi32>, tensor<256x32xi32>) -> tensor<256x32xi32>
    %401 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %402 = "stablehlo.reduce"(%400, %401) ({
    ^bb0(%403: tensor<i32>, %404: tensor<i32>):
        %405 = "stablehlo.minimum"(%403, %404) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%405) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<256x32xi32>, tensor<i32>) -> tensor<256xi32>
    %406 = "stablehlo.gather"(%arg53, %402) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>} : (tensor<32x16xf32>, tensor<256xi32>) -> tensor<256x16xf32>
    %407 = "stablehlo.reshape"(%406) : (tensor<256x16xf32>) -> tensor<4x8x8x16xf32>
    %408 = "stablehlo.subtract"(%407, %368) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %409 = "stablehlo.multiply"(%408, %408) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %410 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %411 = "stablehlo.reduce"(%409, %410) ({
    ^bb0(%412: tensor<f32>, %413: tensor<f32>):
        %414 = "stablehlo.add"(%412, %413) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%414) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<f32>
    %415 = "stablehlo.constant"() {value = dense<4096.0> : tensor<f32>} : () -> tensor<f32>
    %416 = "stablehlo.divide"(%411, %415) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %417 = "stablehlo.subtract"(%407, %368) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %418 = "stablehlo.multiply"(%417, %417) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %419 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %420 = "stablehlo.reduce"(%418, %419) ({
    ^bb0(%421: tensor<f32>, %422: tensor<f32>):
        %423 = "stablehlo.add"(%421, %422) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%423) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<f32>
    %424 = "stablehlo.divide"(%420, %415) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %425 = "stablehlo.constant"() {value = dense<0.25> : tensor<f32>} : () -> tensor<f32>
    %426 = "stablehlo.multiply"(%416, %425) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %427 = "stablehlo.add"(%426, %424) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %428 = "stablehlo.subtract"(%407, %368) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %429 = "stablehlo.add"(%368, %428) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %430 = "stablehlo.broadcast_in_dim"(%402) {broadcast_dimensions = array<i64: 0>} : (tensor<256xi32>) -> tensor<256x32xi32>
    %431 = "stablehlo.compare"(%430, %398) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<256x32xi32>, tensor<256x32xi32>) -> tensor<256x32xi1>
    %432 = "stablehlo.convert"(%431) : (tensor<256x32xi1>) -> tensor<256x32xf32>
    %433 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %434 = "stablehlo.reduce"(%432, %433) ({
    ^bb0(%435: tensor<f32>, %436: tensor<f32>):
        %437 = "stablehlo.add"(%435, %436) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%437) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %438 = "stablehlo.constant"() {value = dense<256.0> : tensor<32xf32>} : () -> tensor<32xf32>
    %439 = "stablehlo.divide"(%434, %438) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %440 = "stablehlo.constant"() {value = dense<0x2EDBE6FF> : tensor<32xf32>} : () -> tensor<32xf32>
    %441 = "stablehlo.add"(%439, %440) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %442 = "stablehlo.log"(%441) : (tensor<32xf32>) -> tensor<32xf32>
    %443 = "stablehlo.multiply"(%439, %442) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %444 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %445 = "stablehlo.reduce"(%443, %444) ({
    ^bb0(%446: tensor<f32>, %447: tensor<f32>):
        %448 = "stablehlo.add"(%446, %447) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%448) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %449 = "stablehlo.negate"(%445) : (tensor<f32>) -> tensor<f32>
    %450 = "stablehlo.exponential"(%449) : (tensor<f32>) -> tensor<f32>
    %451 = "stablehlo.constant"() {value = dense<0.0> : tensor<32xf32>} : () -> tensor<32xf32>
    %452 = "stablehlo.compare"(%439, %451) {comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xi1>
    %453 = "stablehlo.convert"(%452) : (tensor<32xi1>) -> tensor<32xf32>
    %454 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %455 = "stablehlo.reduce"(%453, %454) ({
    ^bb0(%456: tensor<f32>, %457: tensor<f32>):
        %458 = "stablehlo.add"(%456, %457) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%458) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %459 = "stablehlo.constant"() {value = dense<32.0> : tensor<f32>} : () -> tensor<f32>
    %460 = "stablehlo.divide"(%455, %459) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %461 = "stablehlo.convolution"(%429, %arg54) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x16xf32>) -> tensor<4x8x8x16xf32>
    %462 = "stablehlo.broadcast_in_dim"(%arg55) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %463 = "stablehlo.add"(%461, %462) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %464 = "stablehlo.convolution"(%463, %arg56) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<3x3x16x32xf32>) -> tensor<4x8x8x32xf32>
    %465 = "stablehlo.broadcast_in_dim"(%arg57) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %466 = "stablehlo.add"(%464, %465) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %467 = "stablehlo.reshape"(%466) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %468 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %469 = "stablehlo.reduce"(%467, %468) ({
    ^bb0(%470: tensor<f32>, %471: tensor<f32>):
        %472 = "stablehlo.add"(%470, %471) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%472) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %473 = "stablehlo.reshape"(%469) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %474 = "stablehlo.divide"(%473, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %475 = "stablehlo.broadcast_in_dim"(%474) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %476 = "stablehlo.subtract"(%467, %475) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %477 = "stablehlo.multiply"(%476, %476) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %478 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %479 = "stablehlo.reduce"(%477, %478) ({
    ^bb0(%480: tensor<f32>, %481: tensor<f32>):
        %482 = "stablehlo.add"(%480, %481) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%482) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %483 = "stablehlo.reshape"(%479) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %484 = "stablehlo.divide"(%483, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %485 = "stablehlo.add"(%484, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %486 = "stablehlo.rsqrt"(%485) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %487 = "stablehlo.broadcast_in_dim"(%486) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %488 = "stablehlo.multiply"(%476, %487) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %489 = "stablehlo.reshape"(%488) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %490 = "stablehlo.broadcast_in_dim"(%arg58) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %491 = "stablehlo.multiply"(%489, %490) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %492 = "stablehlo.broadcast_in_dim"(%arg59) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %493 = "stablehlo.add"(%491, %492) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %494 = "stablehlo.logistic"(%493) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %495 = "stablehlo.multiply"(%493, %494) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %496 = "stablehlo.convolution"(%495, %arg60) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %497 = "stablehlo.broadcast_in_dim"(%arg61) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %498 = "stablehlo.add"(%496, %497) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %499 = "stablehlo.reshape"(%498) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %500 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %501 = "stablehlo.reduce"(%499, %500) ({
    ^bb0(%502: tensor<f32>, %503: tensor<f32>):
        %504 = "stablehlo.add"(%502, %503) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%504) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %505 = "stablehlo.reshape"(%501) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %506 = "stablehlo.divide"(%505, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %507 = "stablehlo.broadcast_in_dim"(%506) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %508 = "stablehlo.subtract"(%499, %507) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %509 = "stablehlo.multiply"(%508, %508) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %510 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %511 = "stablehlo.reduce"(%509, %510) ({
    ^bb0(%512: tensor<f32>, %513: tensor<f32>):
        %514 = "stablehlo.add"(%512, %513) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%514) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %515 = "stablehlo.reshape"(%511) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %516 = "stablehlo.divide"(%515, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %517 = "stablehlo.add"(%516, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %518 = "stablehlo.rsqrt"(%517) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %519 = "stablehlo.broadcast_in_dim"(%518) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %520 = "stablehlo.multiply"(%508, %519) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %521 = "stablehlo.reshape"(%520) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %522 = "stablehlo.broadcast_in_dim"(%arg62) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %523 = "stablehlo.multiply"(%521, %522) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %524 = "stablehlo.broadcast_in_dim"(%arg63) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %525 = "stablehlo.add"(%523, %524) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %526 = "stablehlo.logistic"(%525) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %527 = "stablehlo.multiply"(%525, %526) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %528 = "stablehlo.convolution"(%527, %arg64) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %529 = "stablehlo.broadcast_in_dim"(%arg65) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %530 = "stablehlo.add"(%528, %529) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %531 = "stablehlo.add"(%466, %530) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %532 = "stablehlo.reshape"(%531) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %533 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %534 = "stablehlo.reduce"(%532, %533) ({
    ^bb0(%535: tensor<f32>, %536: tensor<f32>):
        %537 = "stablehlo.add"(%535, %536) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%537) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %538 = "stablehlo.reshape"(%534) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %539 = "stablehlo.divide"(%538, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %540 = "stablehlo.broadcast_in_dim"(%539) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %541 = "stablehlo.subtract"(%532, %540) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %542 = "stablehlo.multiply"(%541, %541) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %543 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %544 = "stablehlo.reduce"(%542, %543) ({
    ^bb0(%545: tensor<f32>, %546: tensor<f32>):
        %547 = "stablehlo.add"(%545, %546) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%547) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %548 = "stablehlo.reshape"(%544) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %549 = "stablehlo.divide"(%548, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %550 = "stablehlo.add"(%549, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %551 = "stablehlo.rsqrt"(%550) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %552 = "stablehlo.broadcast_in_dim"(%551) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %553 = "stablehlo.multiply"(%541, %552) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %554 = "stablehlo.reshape"(%553) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %555 = "stablehlo.broadcast_in_dim"(%arg66) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %556 = "stablehlo.multiply"(%554, %555) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %557 = "stablehlo.broadcast_in_dim"(%arg67) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %558 = "stablehlo.add"(%556, %557) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %559 = "stablehlo.convolution"(%558, %arg68) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %560 = "stablehlo.broadcast_in_dim"(%arg69) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %561 = "stablehlo.add"(%559, %560) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %562 = "stablehlo.reshape"(%561) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %563 = "stablehlo.convolution"(%558, %arg70) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %564 = "stablehlo.broadcast_in_dim"(%arg71) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %565 = "stablehlo.add"(%563, %564) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %566 = "stablehlo.reshape"(%565) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %567 = "stablehlo.convolution"(%558, %arg72) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %568 = "stablehlo.broadcast_in_dim"(%arg73) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %569 = "stablehlo.add"(%567, %568) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %570 = "stablehlo.reshape"(%569) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %571 = "stablehlo.dot_general"(%562, %566) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<4x64x32xf32>, tensor<4x64x32xf32>) -> tensor<4x64x64xf32>
    %572 = "stablehlo.multiply"(%571, %244) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %573 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %574 = "stablehlo.reduce"(%572, %573) ({
    ^bb0(%575: tensor<f32>, %576: tensor<f32>):
        %577 = "stablehlo.maximum"(%575, %576) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%577) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<4x64x64xf32>, tensor<f32>) -> tensor<4x64xf32>
    %578 = "stablehlo.reshape"(%574) : (tensor<4x64xf32>) -> tensor<4x64x1xf32>
    %579 = "stablehlo.broadcast_in_dim"(%578) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<4x64x1xf32>) -> tensor<4x64x64xf32>
    %580 = "stablehlo.subtract"(%572, %579) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %581 = "stablehlo.exponential"(%580) : (tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %582 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %583 = "stablehlo.reduce"(%581, %582) ({
    ^bb0(%584: tensor<f32>, %585: tensor<f32>):
        %586 = "stablehlo.add"(%584, %585) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%586) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<4x64x64xf32>, tensor<f32>) -> tensor<4x64xf32>
    %587 = "stablehlo.reshape"(%583) : (tensor<4x64xf32>) -> tensor<4x64x1xf32>
    %588 = "stablehlo.broadcast_in_dim"(%587) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<4x64x1xf32>) -> tensor<4x64x64xf32>
    %589 = "stablehlo.divide"(%581, %588) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %590 = "stablehlo.dot_general"(%589, %570) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<4x64x64xf32>, tensor<4x64x32xf32>) -> tensor<4x64x32xf32>
    %591 = "stablehlo.reshape"(%590) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %592 = "stablehlo.convolution"(%591, %arg74) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %593 = "stablehlo.broadcast_in_dim"(%arg75) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %594 = "stablehlo.add"(%592, %593) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %595 = "stablehlo.add"(%531, %594) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %596 = "stablehlo.reshape"(%595) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %597 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %598 = "stablehlo.reduce"(%596, %597) ({
    ^bb0(%599: tensor<f32>, %600: tensor<f32>):
        %601 = "stablehlo.add"(%599, %600) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%601) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %602 = "stablehlo.reshape"(%598) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %603 = "stablehlo.divide"(%602, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %604 = "stablehlo.broadcast_in_dim"(%603) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %605 = "stablehlo.subtract"(%596, %604) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %606 = "stablehlo.multiply"(%605, %605) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %607 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %608 = "stablehlo.reduce"(%606, %607) ({
    ^bb0(%609: tensor<f32>, %610: tensor<f32>):
        %611 = "stablehlo.add"(%609, %610) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%611) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %612 = "stablehlo.reshape"(%608) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %613 = "stablehlo.divide"(%612, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %614 = "stablehlo.add"(%613, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %615 = "stablehlo.rsqrt"(%614) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %616 = "stablehlo.broadcast_in_dim"(%615) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %617 = "stablehlo.multiply"(%605, %616) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %618 = "stablehlo.reshape"(%617) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %619 = "stablehlo.broadcast_in_dim"(%arg76) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %620 = "stablehlo.multiply"(%618, %619) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %621 = "stablehlo.broadcast_in_dim"(%arg77) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %622 = "stablehlo.add"(%620, %621) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %623 = "stablehlo.logistic"(%622) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %624 = "stablehlo.multiply"(%622, %623) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %625 = "stablehlo.convolution"(%624, %arg78) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %626 = "stablehlo.broadcast_in_dim"(%arg79) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %627 = "stablehlo.add"(%625, %626) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %628 = "stablehlo.reshape"(%627) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %629 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %630 = "stablehlo.reduce"(%628, %629) ({
    ^bb0(%631: tensor<f32>, %632: tensor<f32>):
        %633 = "stablehlo.add"(%631, %632) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%633) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %634 = "stablehlo.reshape"(%630) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %635 = "stablehlo.divide"(%634, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %636 = "stablehlo.broadcast_in_dim"(%635) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %637 = "stablehlo.subtract"(%628, %636) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %638 = "stablehlo.multiply"(%637, %637) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %639 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %640 = "stablehlo.reduce"(%638, %639) ({
    ^bb0(%641: tensor<f32>, %642: tensor<f32>):
        %643 = "stablehlo.add"(%641, %642) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%643) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %644 = "stablehlo.reshape"(%640) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %645 = "stablehlo.divide"(%644, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %646 = "stablehlo.add"(%645, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %647 = "stablehlo.rsqrt"(%646) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %648 = "stablehlo.broadcast_in_dim"(%647) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %649 = "stablehlo.multiply"(%637, %648) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %650 = "stablehlo.reshape"(%649) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %651 = "stablehlo.broadcast_in_dim"(%arg80) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %652 = "stablehlo.multiply"(%650, %651) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %653 = "stablehlo.broadcast_in_dim"(%arg81) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %654 = "stablehlo.add"(%652, %653) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %655 = "stablehlo.logistic"(%654) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %656 = "stablehlo.multiply"(%654, %655) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %657 = "stablehlo.convolution"(%656, %arg82) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %658 = "stablehlo.broadcast_in_dim"(%arg83) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %659 = "stablehlo.add"(%657, %658) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %660 = "stablehlo.add"(%595, %659) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %661 = "stablehlo.reshape"(%660) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %662 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %663 = "stablehlo.reduce"(%661, %662) ({
    ^bb0(%664: tensor<f32>, %665: tensor<f32>):
        %666 = "stablehlo.add"(%664, %665) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%666) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %667 = "stablehlo.reshape"(%663) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %668 = "stablehlo.divide"(%667, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %669 = "stablehlo.broadcast_in_dim"(%668) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %670 = "stablehlo.subtract"(%661, %669) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %671 = "stablehlo.multiply"(%670, %670) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %672 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %673 = "stablehlo.reduce"(%671, %672) ({
    ^bb0(%674: tensor<f32>, %675: tensor<f32>):
        %676 = "stablehlo.add"(%674, %675) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%676) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %677 = "stablehlo.reshape"(%673) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %678 = "stablehlo.divide"(%677, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %679 = "stablehlo.add"(%678, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %680 = "stablehlo.rsqrt"(%679) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %681 = "stablehlo.broadcast_in_dim"(%680) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %682 = "stablehlo.multiply"(%670, %681) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %683 = "stablehlo.reshape"(%682) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %684 = "stablehlo.broadcast_in_dim"(%arg84) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %685 = "stablehlo.multiply"(%683, %684) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %686 = "stablehlo.broadcast_in_dim"(%arg85) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %687 = "stablehlo.add"(%685, %686) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %688 = "stablehlo.logistic"(%687) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %689 = "stablehlo.multiply"(%687, %688) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %690 = "stablehlo.convolution"(%689, %arg86) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %691 = "stablehlo.broadcast_in_dim"(%arg87) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %692 = "stablehlo.add"(%690, %691) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %693 = "stablehlo.reshape"(%692) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %694 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %695 = "stablehlo.reduce"(%693, %694) ({
    ^bb0(%696: tensor<f32>, %697: tensor<f32>):
        %698 = "stablehlo.add"(%696, %697) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%698) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %699 = "stablehlo.reshape"(%695) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %700 = "stablehlo.divide"(%699, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %701 = "stablehlo.broadcast_in_dim"(%700) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %702 = "stablehlo.subtract"(%693, %701) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %703 = "stablehlo.multiply"(%702, %702) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %704 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %705 = "stablehlo.reduce"(%703, %704) ({
    ^bb0(%706: tensor<f32>, %707: tensor<f32>):
        %708 = "stablehlo.add"(%706, %707) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%708) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %709 = "stablehlo.reshape"(%705) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %710 = "stablehlo.divide"(%709, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %711 = "stablehlo.add"(%710, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %712 = "stablehlo.rsqrt"(%711) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %713 = "stablehlo.broadcast_in_dim"(%712) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %714 = "stablehlo.multiply"(%702, %713) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %715 = "stablehlo.reshape"(%714) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %716 = "stablehlo.broadcast_in_dim"(%arg88) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %717 = "stablehlo.multiply"(%715, %716) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %718 = "stablehlo.broadcast_in_dim"(%arg89) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %719 = "stablehlo.add"(%717, %718) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %720 = "stablehlo.logistic"(%719) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %721 = "stablehlo.multiply"(%719, %720) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %722 = "stablehlo.convolution"(%721, %arg90) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %723 = "stablehlo.broadcast_in_dim"(%arg91) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %724 = "stablehlo.add"(%722, %723) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %725 = "stablehlo.add"(%660, %724) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %726 = "stablehlo.reshape"(%725) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %727 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %728 = "stablehlo.reduce"(%726, %727) ({
    ^bb0(%729: tensor<f32>, %730: tensor<f32>):
        %731 = "stablehlo.add"(%729, %730) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%731) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %732 = "stablehlo.reshape"(%728) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %733 = "stablehlo.divide"(%732, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %734 = "stablehlo.broadcast_in_dim"(%733) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %735 = "stablehlo.subtract"(%726, %734) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %736 = "stablehlo.multiply"(%735, %735) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %737 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %738 = "stablehlo.reduce"(%736, %737) ({
    ^bb0(%739: tensor<f32>, %740: tensor<f32>):
        %741 = "stablehlo.add"(%739, %740) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%741) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %742 = "stablehlo.reshape"(%738) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %743 = "stablehlo.divide"(%742, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %744 = "stablehlo.add"(%743, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %745 = "stablehlo.rsqrt"(%744) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %746 = "stablehlo.broadcast_in_dim"(%745) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %747 = "stablehlo.multiply"(%735, %746) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %748 = "stablehlo.reshape"(%747) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %749 = "stablehlo.broadcast_in_dim"(%arg92) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %750 = "stablehlo.multiply"(%748, %749) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %751 = "stablehlo.broadcast_in_dim"(%arg93) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %752 = "stablehlo.add"(%750, %751) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %753 = "stablehlo.logistic"(%752) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %754 = "stablehlo.multiply"(%752, %753) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %755 = "stablehlo.convolution"(%754, %arg94) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %756 = "stablehlo.broadcast_in_dim"(%arg95) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %757 = "stablehlo.add"(%755, %756) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %758 = "stablehlo.reshape"(%757) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %759 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %760 = "stablehlo.reduce"(%758, %759) ({
    ^bb0(%761: tensor<f32>, %762: tensor<f32>):
        %763 = "stablehlo.add"(%761, %762) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%763) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %764 = "stablehlo.reshape"(%760) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %765 = "stablehlo.divide"(%764, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %766 = "stablehlo.broadcast_in_dim"(%765) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %767 = "stablehlo.subtract"(%758, %766) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %768 = "stablehlo.multiply"(%767, %767) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %769 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %770 = "stablehlo.reduce"(%768, %769) ({
    ^bb0(%771: tensor<f32>, %772: tensor<f32>):
        %773 = "stablehlo.add"(%771, %772) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%773) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %774 = "stablehlo.reshape"(%770) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %775 = "stablehlo.divide"(%774, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %776 = "stablehlo.add"(%775, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %777 = "stablehlo.rsqrt"(%776) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %778 = "stablehlo.broadcast_in_dim"(%777) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %779 = "stablehlo.multiply"(%767, %778) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %780 = "stablehlo.reshape"(%779) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %781 = "stablehlo.broadcast_in_dim"(%arg96) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %782 = "stablehlo.multiply"(%780, %781) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %783 = "stablehlo.broadcast_in_dim"(%arg97) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %784 = "stablehlo.add"(%782, %783) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %785 = "stablehlo.logistic"(%784) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %786 = "stablehlo.multiply"(%784, %785) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %787 = "stablehlo.convolution"(%786, %arg98) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %788 = "stablehlo.broadcast_in_dim"(%arg99) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %789 = "stablehlo.add"(%787, %788) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %790 = "stablehlo.add"(%725, %789) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %791 = "stablehlo.broadcast_in_dim"(%790) {broadcast_dimensions = array<i64: 0, 1, 3, 5>} : (tensor<4x8x8x32xf32>) -> tensor<4x8x2x8x2x32xf32>
    %792 = "stablehlo.reshape"(%791) : (tensor<4x8x2x8x2x32xf32>) -> tensor<4x16x16x32xf32>
    %793 = "stablehlo.convolution"(%792, %arg100) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %794 = "stablehlo.broadcast_in_dim"(%arg101) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %795 = "stablehlo.add"(%793, %794) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %796 = "stablehlo.reshape"(%795) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %797 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %798 = "stablehlo.reduce"(%796, %797) ({
    ^bb0(%799: tensor<f32>, %800: tensor<f32>):
        %801 = "stablehlo.add"(%799, %800) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%801) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %802 = "stablehlo.reshape"(%798) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %803 = "stablehlo.divide"(%802, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %804 = "stablehlo.broadcast_in_dim"(%803) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %805 = "stablehlo.subtract"(%796, %804) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %806 = "stablehlo.multiply"(%805, %805) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %807 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %808 = "stablehlo.reduce"(%806, %807) ({
    ^bb0(%809: tensor<f32>, %810: tensor<f32>):
        %811 = "stablehlo.add"(%809, %810) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%811) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %812 = "stablehlo.reshape"(%808) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %813 = "stablehlo.divide"(%812, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %814 = "stablehlo.add"(%813, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %815 = "stablehlo.rsqrt"(%814) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %816 = "stablehlo.broadcast_in_dim"(%815) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %817 = "stablehlo.multiply"(%805, %816) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %818 = "stablehlo.reshape"(%817) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %819 = "stablehlo.broadcast_in_dim"(%arg102) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %820 = "stablehlo.multiply"(%818, %819) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %821 = "stablehlo.broadcast_in_dim"(%arg103) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %822 = "stablehlo.add"(%820, %821) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %823 = "stablehlo.logistic"(%822) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %824 = "stablehlo.multiply"(%822, %823) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %825 = "stablehlo.convolution"(%824, %arg104) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %826 = "stablehlo.broadcast_in_dim"(%arg105) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %827 = "stablehlo.add"(%825, %826) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %828 = "stablehlo.reshape"(%827) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %829 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %830 = "stablehlo.reduce"(%828, %829) ({
    ^bb0(%831: tensor<f32>, %832: tensor<f32>):
        %833 = "stablehlo.add"(%831, %832) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%833) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %834 = "stablehlo.reshape"(%830) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %835 = "stablehlo.divide"(%834, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %836 = "stablehlo.broadcast_in_dim"(%835) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %837 = "stablehlo.subtract"(%828, %836) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %838 = "stablehlo.multiply"(%837, %837) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %839 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %840 = "stablehlo.reduce"(%838, %839) ({
    ^bb0(%841: tensor<f32>, %842: tensor<f32>):
        %843 = "stablehlo.add"(%841, %842) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%843) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %844 = "stablehlo.reshape"(%840) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %845 = "stablehlo.divide"(%844, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %846 = "stablehlo.add"(%845, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %847 = "stablehlo.rsqrt"(%846) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %848 = "stablehlo.broadcast_in_dim"(%847) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %849 = "stablehlo.multiply"(%837, %848) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %850 = "stablehlo.reshape"(%849) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %851 = "stablehlo.broadcast_in_dim"(%arg106) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %852 = "stablehlo.multiply"(%850, %851) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %853 = "stablehlo.broadcast_in_dim"(%arg107) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %854 = "stablehlo.add"(%852, %853) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %855 = "stablehlo.logistic"(%854) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %856 = "stablehlo.multiply"(%854, %855) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %857 = "stablehlo.convolution"(%856, %arg108) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %858 = "stablehlo.broadcast_in_dim"(%arg109) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %859 = "stablehlo.add"(%857, %858) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %860 = "stablehlo.add"(%795, %859) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %861 = "stablehlo.reshape"(%860) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %862 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %863 = "stablehlo.reduce"(%861, %862) ({
    ^bb0(%864: tensor<f32>, %865: tensor<f32>):
        %866 = "stablehlo.add"(%864, %865) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%866) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %867 = "stablehlo.reshape"(%863) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %868 = "stablehlo.divide"(%867, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %869 = "stablehlo.broadcast_in_dim"(%868) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %870 = "stablehlo.subtract"(%861, %869) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %871 = "stablehlo.multiply"(%870, %870) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %872 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %873 = "stablehlo.reduce"(%871, %872) ({
    ^bb0(%874: tensor<f32>, %875: tensor<f32>):
        %876 = "stablehlo.add"(%874, %875) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%876) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %877 = "stablehlo.reshape"(%873) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %878 = "stablehlo.divide"(%877, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %879 = "stablehlo.add"(%878, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %880 = "stablehlo.rsqrt"(%879) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %881 = "stablehlo.broadcast_in_dim"(%880) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %882 = "stablehlo.multiply"(%870, %881) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %883 = "stablehlo.reshape"(%882) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %884 = "stablehlo.broadcast_in_dim"(%arg110) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %885 = "stablehlo.multiply"(%883, %884) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %886 = "stablehlo.broadcast_in_dim"(%arg111) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %887 = "stablehlo.add"(%885, %886) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %888 = "stablehlo.logistic"(%887) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %889 = "stablehlo.multiply"(%887, %888) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %890 = "stablehlo.convolution"(%889, %arg112) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %891 = "stablehlo.broadcast_in_dim"(%arg113) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %892 = "stablehlo.add"(%890, %891) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %893 = "stablehlo.reshape"(%892) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %894 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %895 = "stablehlo.reduce"(%893, %894) ({
    ^bb0(%896: tensor<f32>, %897: tensor<f32>):
        %898 = "stablehlo.add"(%896, %897) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%898) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %899 = "stablehlo.reshape"(%895) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %900 = "stablehlo.divide"(%899, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %901 = "stablehlo.broadcast_in_dim"(%900) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %902 = "stablehlo.subtract"(%893, %901) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %903 = "stablehlo.multiply"(%902, %902) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %904 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %905 = "stablehlo.reduce"(%903, %904) ({
    ^bb0(%906: tensor<f32>, %907: tensor<f32>):
        %908 = "stablehlo.add"(%906, %907) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%908) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %909 = "stablehlo.reshape"(%905) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %910 = "stablehlo.divide"(%909, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %911 = "stablehlo.add"(%910, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %912 = "stablehlo.rsqrt"(%911) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %913 = "stablehlo.broadcast_in_dim"(%912) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %914 = "stablehlo.multiply"(%902, %913) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %915 = "stablehlo.reshape"(%914) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %916 = "stablehlo.broadcast_in_dim"(%arg114) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %917 = "stablehlo.multiply"(%915, %916) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %918 = "stablehlo.broadcast_in_dim"(%arg115) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %919 = "stablehlo.add"(%917, %918) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %920 = "stablehlo.logistic"(%919) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %921 = "stablehlo.multiply"(%919, %920) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %922 = "stablehlo.convolution"(%921, %arg116) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %923 = "stablehlo.broadcast_in_dim"(%arg117) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %924 = "stablehlo.add"(%922, %923) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %925 = "stablehlo.add"(%860, %924) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %926 = "stablehlo.reshape"(%925) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %927 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %928 = "stablehlo.reduce"(%926, %927) ({
    ^bb0(%929: tensor<f32>, %930: tensor<f32>):
        %931 = "stablehlo.add"(%929, %930) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%931) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %932 = "stablehlo.reshape"(%928) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %933 = "stablehlo.divide"(%932, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %934 = "stablehlo.broadcast_in_dim"(%933) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %935 = "stablehlo.subtract"(%926, %934) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %936 = "stablehlo.multiply"(%935, %935) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %937 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %938 = "stablehlo.reduce"(%936, %937) ({
    ^bb0(%939: tensor<f32>, %940: tensor<f32>):
        %941 = "stablehlo.add"(%939, %940) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%941) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %942 = "stablehlo.reshape"(%938) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %943 = "stablehlo.divide"(%942, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %944 = "stablehlo.add"(%943, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %945 = "stablehlo.rsqrt"(%944) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %946 = "stablehlo.broadcast_in_dim"(%945) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %947 = "stablehlo.multiply"(%935, %946) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %948 = "stablehlo.reshape"(%947) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %949 = "stablehlo.broadcast_in_dim"(%arg118) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %950 = "stablehlo.multiply"(%948, %949) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %951 = "stablehlo.broadcast_in_dim"(%arg119) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %952 = "stablehlo.add"(%950, %951) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %953 = "stablehlo.logistic"(%952) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %954 = "stablehlo.multiply"(%952, %953) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %955 = "stablehlo.convolution"(%954, %arg120) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x3xf32>) -> tensor<4x16x16x3xf32>
    %956 = "stablehlo.broadcast_in_dim"(%arg121) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<4x16x16x3xf32>
    %957 = "stablehlo.add"(%955, %956) : (tensor<4x16x16x3xf32>, tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %958 = "stablehlo.convolution"(%957, %arg122) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x3xf32>, tensor<1x1x3x8xf32>) -> tensor<4x16x16x8xf32>
    %959 = "stablehlo.broadcast_in_dim"(%arg123) {broadcast_dimensions = array<i64: 3>} : (tensor<8xf32>) -> tensor<4x16x16x8xf32>
    %960 = "stablehlo.add"(%958, %959) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %961 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %962 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x16x16x8xf32>
    %963 = "stablehlo.compare"(%960, %962) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xi1>
    %964 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x16x16x8xf32>} : () -> tensor<4x16x16x8xf32>
    %965 = "stablehlo.multiply"(%960, %964) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %966 = "stablehlo.select"(%963, %960, %965) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %967 = "stablehlo.convolution"(%966, %arg124) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x8xf32>, tensor<3x3x8x32xf32>) -> tensor<4x16x16x32xf32>
    %968 = "stablehlo.broadcast_in_dim"(%arg125) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %969 = "stablehlo.add"(%967, %968) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %970 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x16x16x32xf32>
    %971 = "stablehlo.compare"(%969, %970) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xi1>
    %972 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x16x16x32xf32>} : () -> tensor<4x16x16x32xf32>
    %973 = "stablehlo.multiply"(%969, %972) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %974 = "stablehlo.select"(%971, %969, %973) : (tensor<4x16x16x32xi1>, tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %975 = "stablehlo.pad"(%974, %961) {edge_padding_low = array<i64: 0, 2, 2, 0>, edge_padding_high = array<i64: 0, 2, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %976 = "stablehlo.slice"(%975) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 17, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %977 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x17x20x32xf32>} : () -> tensor<4x17x20x32xf32>
    %978 = "stablehlo.multiply"(%976, %977) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %979 = "stablehlo.slice"(%975) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 18, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %980 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x17x20x32xf32>} : () -> tensor<4x17x20x32xf32>
    %981 = "stablehlo.multiply"(%979, %980) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %982 = "stablehlo.add"(%978, %981) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %983 = "stablehlo.slice"(%975) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 19, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %984 = "stablehlo.multiply"(%983, %980) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %985 = "stablehlo.add"(%982, %984) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %986 = "stablehlo.slice"(%975) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 20, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %987 = "stablehlo.multiply"(%986, %977) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %988 = "stablehlo.add"(%985, %987) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %989 = "stablehlo.slice"(%988) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 17, 17, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %990 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x17x17x32xf32>} : () -> tensor<4x17x17x32xf32>
    %991 = "stablehlo.multiply"(%989, %990) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %992 = "stablehlo.slice"(%988) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 17, 18, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %993 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x17x17x32xf32>} : () -> tensor<4x17x17x32xf32>
    %994 = "stablehlo.multiply"(%992, %993) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %995 = "stablehlo.add"(%991, %994) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %996 = "stablehlo.slice"(%988) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 17, 19, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %997 = "stablehlo.multiply"(%996, %993) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %998 = "stablehlo.add"(%995, %997) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %999 = "stablehlo.slice"(%988) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 17, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %1000 = "stablehlo.multiply"(%999, %990) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1001 = "stablehlo.add"(%998, %1000) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1002 = "stablehlo.convolution"(%1001, %arg126) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x17x17x32xf32>, tensor<3x3x32x16xf32>) -> tensor<4x8x8x16xf32>
    %1003 = "stablehlo.broadcast_in_dim"(%arg127) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %1004 = "stablehlo.add"(%1002, %1003) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1005 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x8x8x16xf32>
    %1006 = "stablehlo.compare"(%1004, %1005) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xi1>
    %1007 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x8x8x16xf32>} : () -> tensor<4x8x8x16xf32>
    %1008 = "stablehlo.multiply"(%1004, %1007) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1009 = "stablehlo.select"(%1006, %1004, %1008) : (tensor<4x8x8x16xi1>, tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1010 = "stablehlo.pad"(%966, %961) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x16x16x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %1011 = "stablehlo.slice"(%1010) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 15, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1012 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x15x18x8xf32>} : () -> tensor<4x15x18x8xf32>
    %1013 = "stablehlo.multiply"(%1011, %1012) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1014 = "stablehlo.slice"(%1010) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 16, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1015 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x15x18x8xf32>} : () -> tensor<4x15x18x8xf32>
    %1016 = "stablehlo.multiply"(%1014, %1015) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1017 = "stablehlo.add"(%1013, %1016) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1018 = "stablehlo.slice"(%1010) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 17, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1019 = "stablehlo.multiply"(%1018, %1015) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1020 = "stablehlo.add"(%1017, %1019) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1021 = "stablehlo.slice"(%1010) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 18, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1022 = "stablehlo.multiply"(%1021, %1012) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1023 = "stablehlo.add"(%1020, %1022) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1024 = "stablehlo.slice"(%1023) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 15, 15, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %1025 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x15x15x8xf32>} : () -> tensor<4x15x15x8xf32>
    %1026 = "stablehlo.multiply"(%1024, %1025) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1027 = "stablehlo.slice"(%1023) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 15, 16, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %1028 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x15x15x8xf32>} : () -> tensor<4x15x15x8xf32>
    %1029 = "stablehlo.multiply"(%1027, %1028) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1030 = "stablehlo.add"(%1026, %1029) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1031 = "stablehlo.slice"(%1023) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 15, 17, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %1032 = "stablehlo.multiply"(%1031, %1028) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1033 = "stablehlo.add"(%1030, %1032) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1034 = "stablehlo.slice"(%1023) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 15, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %1035 = "stablehlo.multiply"(%1034, %1025) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1036 = "stablehlo.add"(%1033, %1035) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1037 = "stablehlo.convolution"(%1036, %arg128) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x15x15x8xf32>, tensor<1x1x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1038 = "stablehlo.broadcast_in_dim"(%arg129) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %1039 = "stablehlo.add"(%1037, %1038) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1040 = "stablehlo.add"(%1009, %1039) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1041 = "stablehlo.constant"() {value = dense<0.70710677> : tensor<4x8x8x16xf32>} : () -> tensor<4x8x8x16xf32>
    %1042 = "stablehlo.multiply"(%1040, %1041) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1043 = "stablehlo.convolution"(%1042, %arg130) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<3x3x16x64xf32>) -> tensor<4x8x8x64xf32>
    %1044 = "stablehlo.broadcast_in_dim"(%arg131) {broadcast_dimensions = array<i64: 3>} : (tensor<64xf32>) -> tensor<4x8x8x64xf32>
    %1045 = "stablehlo.add"(%1043, %1044) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1046 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x8x8x64xf32>
    %1047 = "stablehlo.compare"(%1045, %1046) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xi1>
    %1048 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x8x8x64xf32>} : () -> tensor<4x8x8x64xf32>
    %1049 = "stablehlo.multiply"(%1045, %1048) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1050 = "stablehlo.select"(%1047, %1045, %1049) : (tensor<4x8x8x64xi1>, tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1051 = "stablehlo.pad"(%1050, %961) {edge_padding_low = array<i64: 0, 2, 2, 0>, edge_padding_high = array<i64: 0, 2, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x8x8x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1052 = "stablehlo.slice"(%1051) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 9, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1053 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x9x12x64xf32>} : () -> tensor<4x9x12x64xf32>
    %1054 = "stablehlo.multiply"(%1052, %1053) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1055 = "stablehlo.slice"(%1051) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 10, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1056 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x9x12x64xf32>} : () -> tensor<4x9x12x64xf32>
    %1057 = "stablehlo.multiply"(%1055, %1056) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1058 = "stablehlo.add"(%1054, %1057) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1059 = "stablehlo.slice"(%1051) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 11, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1060 = "stablehlo.multiply"(%1059, %1056) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1061 = "stablehlo.add"(%1058, %1060) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1062 = "stablehlo.slice"(%1051) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 12, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1063 = "stablehlo.multiply"(%1062, %1053) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1064 = "stablehlo.add"(%1061, %1063) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1065 = "stablehlo.slice"(%1064) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 9, 9, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1066 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x9x9x64xf32>} : () -> tensor<4x9x9x64xf32>
    %1067 = "stablehlo.multiply"(%1065, %1066) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1068 = "stablehlo.slice"(%1064) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 9, 10, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1069 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x9x9x64xf32>} : () -> tensor<4x9x9x64xf32>
    %1070 = "stablehlo.multiply"(%1068, %1069) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1071 = "stablehlo.add"(%1067, %1070) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1072 = "stablehlo.slice"(%1064) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 9, 11, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1073 = "stablehlo.multiply"(%1072, %1069) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1074 = "stablehlo.add"(%1071, %1073) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1075 = "stablehlo.slice"(%1064) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 9, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1076 = "stablehlo.multiply"(%1075, %1066) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1077 = "stablehlo.add"(%1074, %1076) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1078 = "stablehlo.convolution"(%1077, %arg132) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x9x9x64xf32>, tensor<3x3x64x32xf32>) -> tensor<4x4x4x32xf32>
    %1079 = "stablehlo.broadcast_in_dim"(%arg133) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x4x4x32xf32>
    %1080 = "stablehlo.add"(%1078, %1079) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1081 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x4x4x32xf32>
    %1082 = "stablehlo.compare"(%1080, %1081) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xi1>
    %1083 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x4x4x32xf32>} : () -> tensor<4x4x4x32xf32>
    %1084 = "stablehlo.multiply"(%1080, %1083) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1085 = "stablehlo.select"(%1082, %1080, %1084) : (tensor<4x4x4x32xi1>, tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1086 = "stablehlo.pad"(%1042, %961) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1087 = "stablehlo.slice"(%1086) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 7, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1088 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x7x10x16xf32>} : () -> tensor<4x7x10x16xf32>
    %1089 = "stablehlo.multiply"(%1087, %1088) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1090 = "stablehlo.slice"(%1086) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 8, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1091 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x7x10x16xf32>} : () -> tensor<4x7x10x16xf32>
    %1092 = "stablehlo.multiply"(%1090, %1091) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1093 = "stablehlo.add"(%1089, %1092) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1094 = "stablehlo.slice"(%1086) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 9, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1095 = "stablehlo.multiply"(%1094, %1091) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1096 = "stablehlo.add"(%1093, %1095) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1097 = "stablehlo.slice"(%1086) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 10, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1098 = "stablehlo.multiply"(%1097, %1088) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1099 = "stablehlo.add"(%1096, %1098) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1100 = "stablehlo.slice"(%1099) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 7, 7, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1101 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x7x7x16xf32>} : () -> tensor<4x7x7x16xf32>
    %1102 = "stablehlo.multiply"(%1100, %1101) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1103 = "stablehlo.slice"(%1099) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 7, 8, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1104 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x7x7x16xf32>} : () -> tensor<4x7x7x16xf32>
    %1105 = "stablehlo.multiply"(%1103, %1104) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1106 = "stablehlo.add"(%1102, %1105) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1107 = "stablehlo.slice"(%1099) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 7, 9, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1108 = "stablehlo.multiply"(%1107, %1104) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1109 = "stablehlo.add"(%1106, %1108) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1110 = "stablehlo.slice"(%1099) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 7, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1111 = "stablehlo.multiply"(%1110, %1101) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1112 = "stablehlo.add"(%1109, %1111) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1113 = "stablehlo.convolution"(%1112, %arg134) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x7x7x16xf32>, tensor<1x1x16x32xf32>) -> tensor<4x4x4x32xf32>
    %1114 = "stablehlo.broadcast_in_dim"(%arg135) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x4x4x32xf32>
    %1115 = "stablehlo.add"(%1113, %1114) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1116 = "stablehlo.add"(%1085, %1115) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1117 = "stablehlo.constant"() {value = dense<0.70710677> : tensor<4x4x4x32xf32>} : () -> tensor<4x4x4x32xf32>
    %1118 = "stablehlo.multiply"(%1116, %1117) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1119 = "stablehlo.reshape"(%1118) : (tensor<4x4x4x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1120 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1121 = "stablehlo.reduce"(%1119, %1120) ({
    ^bb0(%1122: tensor<f32>, %1123: tensor<f32>):
        %1124 = "stablehlo.add"(%1122, %1123) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1124) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x4x4x4x1x32xf32>, tensor<f32>) -> tensor<1x4x4x1x32xf32>
    %1125 = "stablehlo.constant"() {value = dense<4.0> : tensor<1x4x4x1x32xf32>} : () -> tensor<1x4x4x1x32xf32>
    %1126 = "stablehlo.divide"(%1121, %1125) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1127 = "stablehlo.reshape"(%1126) : (tensor<1x4x4x1x32xf32>) -> tensor<1x1x4x4x1x32xf32>
    %1128 = "stablehlo.broadcast_in_dim"(%1127) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4, 5>} : (tensor<1x1x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1129 = "stablehlo.subtract"(%1119, %1128) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1130 = "stablehlo.multiply"(%1129, %1129) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1131 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1132 = "stablehlo.reduce"(%1130, %1131) ({
    ^bb0(%1133: tensor<f32>, %1134: tensor<f32>):
        %1135 = "stablehlo.add"(%1133, %1134) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1135) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x4x4x4x1x32xf32>, tensor<f32>) -> tensor<1x4x4x1x32xf32>
    %1136 = "stablehlo.divide"(%1132, %1125) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1137 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<1x4x4x1x32xf32>} : () -> tensor<1x4x4x1x32xf32>
    %1138 = "stablehlo.add"(%1136, %1137) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1139 = "stablehlo.sqrt"(%1138) : (tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1140 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1141 = "stablehlo.reduce"(%1139, %1140) ({
    ^bb0(%1142: tensor<f32>, %1143: tensor<f32>):
        %1144 = "stablehlo.add"(%1142, %1143) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1144) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 2, 4>} : (tensor<1x4x4x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %1145 = "stablehlo.constant"() {value = dense<512.0> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
    %1146 = "stablehlo.divide"(%1141, %1145) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %1147 = "stablehlo.broadcast_in_dim"(%1146) {broadcast_dimensions = array<i64: 1, 4>} : (tensor<1x1xf32>) -> tensor<4x1x4x4x1xf32>
    %1148 = "stablehlo.reshape"(%1147) : (tensor<4x1x4x4x1xf32>) -> tensor<4x4x4x1xf32>
    %1149 = "stablehlo.concatenate"(%1118, %1148) {dimension = 3 : i64} : (tensor<4x4x4x32xf32>, tensor<4x4x4x1xf32>) -> tensor<4x4x4x33xf32>
    %1150 = "stablehlo.convolution"(%1149, %arg136) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x33xf32>, tensor<3x3x33x32xf32>) -> tensor<4x2x2x32xf32>
    %1151 = "stablehlo.broadcast_in_dim"(%arg137) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x2x2x32xf32>
    %1152 = "stablehlo.add"(%1150, %1151) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1153 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1154 = "stablehlo.compare"(%1152, %1153) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xi1>
    %1155 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x2x2x32xf32>} : () -> tensor<4x2x2x32xf32>
    %1156 = "stablehlo.multiply"(%1152, %1155) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1157 = "stablehlo.select"(%1154, %1152, %1156) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1158 = "stablehlo.reshape"(%1157) : (tensor<4x2x2x32xf32>) -> tensor<4x128xf32>
    %1159 = "stablehlo.dot_general"(%1158, %arg138) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<4x128xf32>, tensor<128x64xf32>) -> tensor<4x64xf32>
    %1160 = "stablehlo.broadcast_in_dim"(%arg139) {broadcast_dimensions = array<i64: 1>} : (tensor<64xf32>) -> tensor<4x64xf32>
    %1161 = "stablehlo.add"(%1159, %1160) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1162 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x64xf32>
    %1163 = "stablehlo.compare"(%1161, %1162) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xi1>
    %1164 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x64xf32>} : () -> tensor<4x64xf32>
    %1165 = "stablehlo.multiply"(%1161, %1164) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1166 = "stablehlo.select"(%1163, %1161, %1165) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1167 = "stablehlo.dot_general"(%1166, %arg140) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<4x64xf32>, tensor<64x1xf32>) -> tensor<4x1xf32>
    %1168 = "stablehlo.broadcast_in_dim"(%arg141) {broadcast_dimensions = array<i64: 1>} : (tensor<1xf32>) -> tensor<4x1xf32>
    %1169 = "stablehlo.add"(%1167, %1168) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1170 = "stablehlo.subtract"(%arg0, %957) : (tensor<4x16x16x3xf32>, tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %1171 = "stablehlo.abs"(%1170) : (tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %1172 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1173 = "stablehlo.reduce"(%1171, %1172) ({
    ^bb0(%1174: tensor<f32>, %1175: tensor<f32>):
        %1176 = "stablehlo.add"(%1174, %1175) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1176) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x16x16x3xf32>, tensor<f32>) -> tensor<f32>
    %1177 = "stablehlo.constant"() {value = dense<3072.0> : tensor<f32>} : () -> tensor<f32>
    %1178 = "stablehlo.divide"(%1173, %1177) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1179 = "stablehlo.negate"(%1169) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1180 = "stablehlo.broadcast_in_dim"(%961) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x1xf32>
    %1181 = "stablehlo.maximum"(%1179, %1180) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1182 = "stablehlo.abs"(%1179) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1183 = "stablehlo.negate"(%1182) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1184 = "stablehlo.exponential"(%1183) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1185 = "stablehlo.log_plus_one"(%1184) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1186 = "stablehlo.add"(%1181, %1185) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1187 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1188 = "stablehlo.reduce"(%1186, %1187) ({
    ^bb0(%1189: tensor<f32>, %1190: tensor<f32>):
        %1191 = "stablehlo.add"(%1189, %1190) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1191) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x1xf32>, tensor<f32>) -> tensor<f32>
    %1192 = "stablehlo.constant"() {value = dense<4.0> : tensor<f32>} : () -> tensor<f32>
    %1193 = "stablehlo.divide"(%1188, %1192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1194 = "stablehlo.constant"() {value = dense<0.1> : tensor<f32>} : () -> tensor<f32>
    %1195 = "stablehlo.multiply"(%1193, %1194) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1196 = "stablehlo.add"(%1178, %1195) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1197 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
    %1198 = "stablehlo.multiply"(%427, %1197) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1199 = "stablehlo.add"(%1196, %1198) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1200 = "stablehlo.multiply"(%1197, %1197) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1201 = "stablehlo.multiply"(%1197, %1194) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1202 = "stablehlo.divide"(%1201, %1192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1203 = "stablehlo.broadcast_in_dim"(%1202) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x1xf32>
    %1204 = "stablehlo.constant"() {value = dense<1.0> : tensor<4x1xf32>} : () -> tensor<4x1xf32>
    %1205 = "stablehlo.add"(%1184, %1204) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1206 = "stablehlo.divide"(%1203, %1205) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1207 = "stablehlo.multiply"(%1206, %1184) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1208 = "stablehlo.negate"(%1207) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1209 = "stablehlo.sign"(%1179) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1210 = "stablehlo.multiply"(%1208, %1209) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1211 = "stablehlo.compare"(%1179, %1180) {comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xi1>
    %1212 = "stablehlo.convert"(%1211) : (tensor<4x1xi1>) -> tensor<4x1xf32>
    %1213 = "stablehlo.compare"(%1179, %1180) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xi1>
    %1214 = "stablehlo.convert"(%1213) : (tensor<4x1xi1>) -> tensor<4x1xf32>
    %1215 = "stablehlo.constant"() {value = dense<0.5> : tensor<4x1xf32>} : () -> tensor<4x1xf32>
    %1216 = "stablehlo.multiply"(%1214, %1215) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1217 = "stablehlo.add"(%1212, %1216) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1218 = "stablehlo.multiply"(%1203, %1217) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1219 = "stablehlo.add"(%1210, %1218) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1220 = "stablehlo.negate"(%1219) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1221 = "stablehlo.divide"(%1197, %1177) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1222 = "stablehlo.broadcast_in_dim"(%1221) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x16x16x3xf32>
    %1223 = "stablehlo.sign"(%1170) : (tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %1224 = "stablehlo.multiply"(%1222, %1223) : (tensor<4x16x16x3xf32>, tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %1225 = "stablehlo.negate"(%1224) : (tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %1226 = "stablehlo.dot_general"(%1220, %arg140) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x1xf32>, tensor<64x1xf32>) -> tensor<4x64xf32>
    %1227 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x64xf32>} : () -> tensor<4x64xf32>
    %1228 = "stablehlo.select"(%1163, %1226, %1227) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1229 = "stablehlo.select"(%1163, %1227, %1226) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1230 = "stablehlo.multiply"(%1229, %1164) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1231 = "stablehlo.add"(%1228, %1230) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1232 = "stablehlo.dot_general"(%1231, %arg138) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %1233 = "stablehlo.reshape"(%1232) : (tensor<4x128xf32>) -> tensor<4x2x2x32xf32>
    %1234 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x2x2x32xf32>} : () -> tensor<4x2x2x32xf32>
    %1235 = "stablehlo.select"(%1154, %1233, %1234) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1236 = "stablehlo.select"(%1154, %1234, %1233) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1237 = "stablehlo.multiply"(%1236, %1155) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1238 = "stablehlo.add"(%1235, %1237) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1239 = "stablehlo.transpose"(%arg136) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x33x32xf32>) -> tensor<3x3x32x33xf32>
    %1240 = "stablehlo.reverse"(%1239) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x33xf32>) -> tensor<3x3x32x33xf32>
    %1241 = "stablehlo.convolution"(%1238, %1240) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[2, 2], [2, 2]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x2x2x32xf32>, tensor<3x3x32x33xf32>) -> tensor<4x4x4x33xf32>
    %1242 = "stablehlo.slice"(%1241) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 4, 4, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x4x33xf32>) -> tensor<4x4x4x32xf32>
    %1243 = "stablehlo.slice"(%1241) {start_indices = array<i64: 0, 0, 0, 32>, limit_indices = array<i64: 4, 4, 4, 33>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x4x33xf32>) -> tensor<4x4x4x1xf32>
    %1244 = "stablehlo.reshape"(%1243) : (tensor<4x4x4x1xf32>) -> tensor<4x1x4x4x1xf32>
    %1245 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1246 = "stablehlo.reduce"(%1244, %1245) ({
    ^bb0(%1247: tensor<f32>, %1248: tensor<f32>):
        %1249 = "stablehlo.add"(%1247, %1248) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1249) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 2, 3>} : (tensor<4x1x4x4x1xf32>, tensor<f32>) -> tensor<1x1xf32>
    %1250 = "stablehlo.divide"(%1246, %1145) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %1251 = "stablehlo.broadcast_in_dim"(%1250) {broadcast_dimensions = array<i64: 0, 3>} : (tensor<1x1xf32>) -> tensor<1x4x4x1x32xf32>
    %1252 = "stablehlo.constant"() {value = dense<0.5> : tensor<1x4x4x1x32xf32>} : () -> tensor<1x4x4x1x32xf32>
    %1253 = "stablehlo.multiply"(%1251, %1252) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1254 = "stablehlo.divide"(%1253, %1139) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1255 = "stablehlo.divide"(%1254, %1125) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1256 = "stablehlo.broadcast_in_dim"(%1255) {broadcast_dimensions = array<i64: 0, 2, 3, 4, 5>} : (tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1257 = "stablehlo.multiply"(%1256, %1129) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1258 = "stablehlo.add"(%1257, %1257) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1259 = "stablehlo.negate"(%1258) : (tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1260 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1261 = "stablehlo.reduce"(%1259, %1260) ({
    ^bb0(%1262: tensor<f32>, %1263: tensor<f32>):
        %1264 = "stablehlo.add"(%1262, %1263) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1264) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x4x4x4x1x32xf32>, tensor<f32>) -> tensor<1x4x4x1x32xf32>
    %1265 = "stablehlo.reshape"(%1261) : (tensor<1x4x4x1x32xf32>) -> tensor<1x1x4x4x1x32xf32>
    %1266 = "stablehlo.reshape"(%1265) : (tensor<1x1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1267 = "stablehlo.divide"(%1266, %1125) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1268 = "stablehlo.broadcast_in_dim"(%1267) {broadcast_dimensions = array<i64: 0, 2, 3, 4, 5>} : (tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1269 = "stablehlo.add"(%1258, %1268) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1270 = "stablehlo.reshape"(%1269) : (tensor<1x4x4x4x1x32xf32>) -> tensor<4x4x4x32xf32>
    %1271 = "stablehlo.add"(%1242, %1270) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1272 = "stablehlo.multiply"(%1271, %1117) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1273 = "stablehlo.transpose"(%arg134) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x16x32xf32>) -> tensor<1x1x32x16xf32>
    %1274 = "stablehlo.reverse"(%1273) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x16xf32>) -> tensor<1x1x32x16xf32>
    %1275 = "stablehlo.convolution"(%1272, %1274) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 2, 2>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x32xf32>, tensor<1x1x32x16xf32>) -> tensor<4x7x7x16xf32>
    %1276 = "stablehlo.multiply"(%1275, %1101) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1277 = "stablehlo.pad"(%1276, %961) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %1278 = "stablehlo.multiply"(%1275, %1104) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1279 = "stablehlo.pad"(%1278, %961) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %1280 = "stablehlo.add"(%1277, %1279) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1281 = "stablehlo.pad"(%1278, %961) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %1282 = "stablehlo.add"(%1280, %1281) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1283 = "stablehlo.pad"(%1276, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %1284 = "stablehlo.add"(%1282, %1283) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1285 = "stablehlo.multiply"(%1284, %1088) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1286 = "stablehlo.pad"(%1285, %961) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1287 = "stablehlo.multiply"(%1284, %1091) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1288 = "stablehlo.pad"(%1287, %961) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1289 = "stablehlo.add"(%1286, %1288) : (tensor<4x10x10x16xf32>, tensor<4x10x10x16xf32>) -> tensor<4x10x10x16xf32>
    %1290 = "stablehlo.pad"(%1287, %961) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1291 = "stablehlo.add"(%1289, %1290) : (tensor<4x10x10x16xf32>, tensor<4x10x10x16xf32>) -> tensor<4x10x10x16xf32>
    %1292 = "stablehlo.pad"(%1285, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1293 = "stablehlo.add"(%1291, %1292) : (tensor<4x10x10x16xf32>, tensor<4x10x10x16xf32>) -> tensor<4x10x10x16xf32>
    %1294 = "stablehlo.slice"(%1293) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 4, 9, 9, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x8x8x16xf32>
    %1295 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x4x4x32xf32>} : () -> tensor<4x4x4x32xf32>
    %1296 = "stablehlo.select"(%1082, %1272, %1295) : (tensor<4x4x4x32xi1>, tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1297 = "stablehlo.select"(%1082, %1295, %1272) : (tensor<4x4x4x32xi1>, tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1298 = "stablehlo.multiply"(%1297, %1083) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1299 = "stablehlo.add"(%1296, %1298) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1300 = "stablehlo.transpose"(%arg132) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x64x32xf32>) -> tensor<3x3x32x64xf32>
    %1301 = "stablehlo.reverse"(%1300) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x64xf32>) -> tensor<3x3x32x64xf32>
    %1302 = "stablehlo.convolution"(%1299, %1301) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 2, 2>, padding = dense<[[2, 2], [2, 2]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x32xf32>, tensor<3x3x32x64xf32>) -> tensor<4x9x9x64xf32>
    %1303 = "stablehlo.multiply"(%1302, %1066) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1304 = "stablehlo.pad"(%1303, %961) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %1305 = "stablehlo.multiply"(%1302, %1069) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1306 = "stablehlo.pad"(%1305, %961) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %1307 = "stablehlo.add"(%1304, %1306) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1308 = "stablehlo.pad"(%1305, %961) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %1309 = "stablehlo.add"(%1307, %1308) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1310 = "stablehlo.pad"(%1303, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %1311 = "stablehlo.add"(%1309, %1310) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1312 = "stablehlo.multiply"(%1311, %1053) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1313 = "stablehlo.pad"(%1312, %961) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1314 = "stablehlo.multiply"(%1311, %1056) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1315 = "stablehlo.pad"(%1314, %961) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1316 = "stablehlo.add"(%1313, %1315) : (tensor<4x12x12x64xf32>, tensor<4x12x12x64xf32>) -> tensor<4x12x12x64xf32>
    %1317 = "stablehlo.pad"(%1314, %961) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1318 = "stablehlo.add"(%1316, %1317) : (tensor<4x12x12x64xf32>, tensor<4x12x12x64xf32>) -> tensor<4x12x12x64xf32>
    %1319 = "stablehlo.pad"(%1312, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1320 = "stablehlo.add"(%1318, %1319) : (tensor<4x12x12x64xf32>, tensor<4x12x12x64xf32>) -> tensor<4x12x12x64xf32>
    %1321 = "stablehlo.slice"(%1320) {start_indices = array<i64: 0, 2, 2, 0>, limit_indices = array<i64: 4, 10, 10, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x8x8x64xf32>
    %1322 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x8x8x64xf32>} : () -> tensor<4x8x8x64xf32>
    %1323 = "stablehlo.select"(%1047, %1321, %1322) : (tensor<4x8x8x64xi1>, tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1324 = "stablehlo.select"(%1047, %1322, %1321) : (tensor<4x8x8x64xi1>, tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1325 = "stablehlo.multiply"(%1324, %1048) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1326 = "stablehlo.add"(%1323, %1325) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1327 = "stablehlo.transpose"(%arg130) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x16x64xf32>) -> tensor<3x3x64x16xf32>
    %1328 = "stablehlo.reverse"(%1327) {dimensions = array<i64: 0, 1>} : (tensor<3x3x64x16xf32>) -> tensor<3x3x64x16xf32>
    %1329 = "stablehlo.convolution"(%1326, %1328) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x64xf32>, tensor<3x3x64x16xf32>) -> tensor<4x8x8x16xf32>
    %1330 = "stablehlo.add"(%1294, %1329) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1331 = "stablehlo.multiply"(%1330, %1041) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1332 = "stablehlo.transpose"(%arg128) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x8x16xf32>) -> tensor<1x1x16x8xf32>
    %1333 = "stablehlo.reverse"(%1332) {dimensions = array<i64: 0, 1>} : (tensor<1x1x16x8xf32>) -> tensor<1x1x16x8xf32>
    %1334 = "stablehlo.convolution"(%1331, %1333) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 2, 2>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x8xf32>) -> tensor<4x15x15x8xf32>
    %1335 = "stablehlo.multiply"(%1334, %1025) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1336 = "stablehlo.pad"(%1335, %961) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %1337 = "stablehlo.multiply"(%1334, %1028) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1338 = "stablehlo.pad"(%1337, %961) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %1339 = "stablehlo.add"(%1336, %1338) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1340 = "stablehlo.pad"(%1337, %961) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %1341 = "stablehlo.add"(%1339, %1340) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1342 = "stablehlo.pad"(%1335, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %1343 = "stablehlo.add"(%1341, %1342) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1344 = "stablehlo.multiply"(%1343, %1012) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1345 = "stablehlo.pad"(%1344, %961) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %1346 = "stablehlo.multiply"(%1343, %1015) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1347 = "stablehlo.pad"(%1346, %961) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %1348 = "stablehlo.add"(%1345, %1347) : (tensor<4x18x18x8xf32>, tensor<4x18x18x8xf32>) -> tensor<4x18x18x8xf32>
    %1349 = "stablehlo.pad"(%1346, %961) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %1350 = "stablehlo.add"(%1348, %1349) : (tensor<4x18x18x8xf32>, tensor<4x18x18x8xf32>) -> tensor<4x18x18x8xf32>
    %1351 = "stablehlo.pad"(%1344, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %1352 = "stablehlo.add"(%1350, %1351) : (tensor<4x18x18x8xf32>, tensor<4x18x18x8xf32>) -> tensor<4x18x18x8xf32>
    %1353 = "stablehlo.slice"(%1352) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 4, 17, 17, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x16x16x8xf32>
    %1354 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x8x8x16xf32>} : () -> tensor<4x8x8x16xf32>
    %1355 = "stablehlo.select"(%1006, %1331, %1354) : (tensor<4x8x8x16xi1>, tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1356 = "stablehlo.select"(%1006, %1354, %1331) : (tensor<4x8x8x16xi1>, tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1357 = "stablehlo.multiply"(%1356, %1007) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1358 = "stablehlo.add"(%1355, %1357) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1359 = "stablehlo.transpose"(%arg126) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x16xf32>) -> tensor<3x3x16x32xf32>
    %1360 = "stablehlo.reverse"(%1359) {dimensions = array<i64: 0, 1>} : (tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %1361 = "stablehlo.convolution"(%1358, %1360) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 2, 2>, padding = dense<[[2, 2], [2, 2]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<3x3x16x32xf32>) -> tensor<4x17x17x32xf32>
    %1362 = "stablehlo.multiply"(%1361, %990) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1363 = "stablehlo.pad"(%1362, %961) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %1364 = "stablehlo.multiply"(%1361, %993) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1365 = "stablehlo.pad"(%1364, %961) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %1366 = "stablehlo.add"(%1363, %1365) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1367 = "stablehlo.pad"(%1364, %961) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %1368 = "stablehlo.add"(%1366, %1367) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1369 = "stablehlo.pad"(%1362, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %1370 = "stablehlo.add"(%1368, %1369) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1371 = "stablehlo.multiply"(%1370, %977) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1372 = "stablehlo.pad"(%1371, %961) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %1373 = "stablehlo.multiply"(%1370, %980) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1374 = "stablehlo.pad"(%1373, %961) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %1375 = "stablehlo.add"(%1372, %1374) : (tensor<4x20x20x32xf32>, tensor<4x20x20x32xf32>) -> tensor<4x20x20x32xf32>
    %1376 = "stablehlo.pad"(%1373, %961) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %1377 = "stablehlo.add"(%1375, %1376) : (tensor<4x20x20x32xf32>, tensor<4x20x20x32xf32>) -> tensor<4x20x20x32xf32>
    %1378 = "stablehlo.pad"(%1371, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %1379 = "stablehlo.add"(%1377, %1378) : (tensor<4x20x20x32xf32>, tensor<4x20x20x32xf32>) -> tensor<4x20x20x32xf32>
    %1380 = "stablehlo.slice"(%1379) {start_indices = array<i64: 0, 2, 2, 0>, limit_indices = array<i64: 4, 18, 18, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x16x16x32xf32>
    %1381 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x16x16x32xf32>} : () -> tensor<4x16x16x32xf32>
    %1382 = "stablehlo.select"(%971, %1380, %1381) : (tensor<4x16x16x32xi1>, tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1383 = "stablehlo.select"(%971, %1381, %1380) : (tensor<4x16x16x32xi1>, tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1384 = "stablehlo.multiply"(%1383, %972) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1385 = "stablehlo.add"(%1382, %1384) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1386 = "stablehlo.transpose"(%arg124) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x8x32xf32>) -> tensor<3x3x32x8xf32>
    %1387 = "stablehlo.reverse"(%1386) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x8xf32>) -> tensor<3x3x32x8xf32>
    %1388 = "stablehlo.convolution"(%1385, %1387) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x8xf32>) -> tensor<4x16x16x8xf32>
    %1389 = "stablehlo.add"(%1353, %1388) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1390 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x16x16x8xf32>} : () -> tensor<4x16x16x8xf32>
    %1391 = "stablehlo.select"(%963, %1389, %1390) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1392 = "stablehlo.select"(%963, %1390, %1389) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1393 = "stablehlo.multiply"(%1392, %964) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1394 = "stablehlo.add"(%1391, %1393) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1395 = "stablehlo.transpose"(%arg122) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x3x8xf32>) -> tensor<1x1x8x3xf32>
    %1396 = "stablehlo.reverse"(%1395) {dimensions = array<i64: 0, 1>} : (tensor<1x1x8x3xf32>) -> tensor<1x1x8x3xf32>
    %1397 = "stablehlo.convolution"(%1394, %1396) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x8xf32>, tensor<1x1x8x3xf32>) -> tensor<4x16x16x3xf32>
    %1398 = "stablehlo.add"(%1225, %1397) : (tensor<4x16x16x3xf32>, tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %1399 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1400 = "stablehlo.reduce"(%1398, %1399) ({
    ^bb0(%1401: tensor<f32>, %1402: tensor<f32>):
        %1403 = "stablehlo.add"(%1401, %1402) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1403) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x3xf32>, tensor<f32>) -> tensor<3xf32>
    %1404 = "stablehlo.transpose"(%arg120) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x3xf32>) -> tensor<3x3x3x32xf32>
    %1405 = "stablehlo.reverse"(%1404) {dimensions = array<i64: 0, 1>} : (tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    %1406 = "stablehlo.convolution"(%1398, %1405) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x3xf32>, tensor<3x3x3x32xf32>) -> tensor<4x16x16x32xf32>
    %1407 = "stablehlo.transpose"(%954) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %1408 = "stablehlo.transpose"(%1398) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x3xf32>) -> tensor<16x16x4x3xf32>
    %1409 = "stablehlo.convolution"(%1407, %1408) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x3xf32>) -> tensor<32x3x3x3xf32>
    %1410 = "stablehlo.transpose"(%1409) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x3xf32>) -> tensor<3x3x32x3xf32>
    %1411 = "stablehlo.multiply"(%1406, %953) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1412 = "stablehlo.multiply"(%1406, %952) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1413 = "stablehlo.multiply"(%1412, %953) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1414 = "stablehlo.constant"() {value = dense<1.0> : tensor<4x16x16x32xf32>} : () -> tensor<4x16x16x32xf32>
    %1415 = "stablehlo.subtract"(%1414, %953) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1416 = "stablehlo.multiply"(%1413, %1415) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1417 = "stablehlo.add"(%1411, %1416) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1418 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1419 = "stablehlo.reduce"(%1417, %1418) ({
    ^bb0(%1420: tensor<f32>, %1421: tensor<f32>):
        %1422 = "stablehlo.add"(%1420, %1421) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1422) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1423 = "stablehlo.multiply"(%1417, %949) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1424 = "stablehlo.multiply"(%1417, %948) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1425 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1426 = "stablehlo.reduce"(%1424, %1425) ({
    ^bb0(%1427: tensor<f32>, %1428: tensor<f32>):
        %1429 = "stablehlo.add"(%1427, %1428) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1429) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1430 = "stablehlo.reshape"(%1423) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %1431 = "stablehlo.multiply"(%1430, %946) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1432 = "stablehlo.multiply"(%1430, %935) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1433 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1434 = "stablehlo.reduce"(%1432, %1433) ({
    ^bb0(%1435: tensor<f32>, %1436: tensor<f32>):
        %1437 = "stablehlo.add"(%1435, %1436) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1437) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1438 = "stablehlo.reshape"(%1434) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1439 = "stablehlo.multiply"(%1438, %945) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1440 = "stablehlo.constant"() {value = dense<-0.5> : tensor<4x1x32x1xf32>} : () -> tensor<4x1x32x1xf32>
    %1441 = "stablehlo.multiply"(%1439, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1442 = "stablehlo.divide"(%1441, %944) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1443 = "stablehlo.divide"(%1442, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1444 = "stablehlo.reshape"(%1443) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1445 = "stablehlo.broadcast_in_dim"(%1444) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1446 = "stablehlo.multiply"(%1445, %935) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1447 = "stablehlo.add"(%1431, %1446) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1448 = "stablehlo.add"(%1447, %1446) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1449 = "stablehlo.negate"(%1448) : (tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1450 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1451 = "stablehlo.reduce"(%1449, %1450) ({
    ^bb0(%1452: tensor<f32>, %1453: tensor<f32>):
        %1454 = "stablehlo.add"(%1452, %1453) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1454) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1455 = "stablehlo.reshape"(%1451) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1456 = "stablehlo.divide"(%1455, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1457 = "stablehlo.reshape"(%1456) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1458 = "stablehlo.broadcast_in_dim"(%1457) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1459 = "stablehlo.add"(%1448, %1458) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1460 = "stablehlo.reshape"(%1459) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %1461 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1462 = "stablehlo.reduce"(%1460, %1461) ({
    ^bb0(%1463: tensor<f32>, %1464: tensor<f32>):
        %1465 = "stablehlo.add"(%1463, %1464) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1465) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1466 = "stablehlo.transpose"(%arg116) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1467 = "stablehlo.reverse"(%1466) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1468 = "stablehlo.convolution"(%1460, %1467) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %1469 = "stablehlo.transpose"(%921) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %1470 = "stablehlo.transpose"(%1460) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %1471 = "stablehlo.convolution"(%1469, %1470) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1472 = "stablehlo.transpose"(%1471) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1473 = "stablehlo.multiply"(%1468, %920) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1474 = "stablehlo.multiply"(%1468, %919) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1475 = "stablehlo.multiply"(%1474, %920) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1476 = "stablehlo.subtract"(%1414, %920) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1477 = "stablehlo.multiply"(%1475, %1476) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1478 = "stablehlo.add"(%1473, %1477) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1479 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1480 = "stablehlo.reduce"(%1478, %1479) ({
    ^bb0(%1481: tensor<f32>, %1482: tensor<f32>):
        %1483 = "stablehlo.add"(%1481, %1482) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1483) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1484 = "stablehlo.multiply"(%1478, %916) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1485 = "stablehlo.multiply"(%1478, %915) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1486 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1487 = "stablehlo.reduce"(%1485, %1486) ({
    ^bb0(%1488: tensor<f32>, %1489: tensor<f32>):
        %1490 = "stablehlo.add"(%1488, %1489) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1490) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1491 = "stablehlo.reshape"(%1484) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %1492 = "stablehlo.multiply"(%1491, %913) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1493 = "stablehlo.multiply"(%1491, %902) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1494 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1495 = "stablehlo.reduce"(%1493, %1494) ({
    ^bb0(%1496: tensor<f32>, %1497: tensor<f32>):
        %1498 = "stablehlo.add"(%1496, %1497) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1498) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1499 = "stablehlo.reshape"(%1495) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1500 = "stablehlo.multiply"(%1499, %912) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1501 = "stablehlo.multiply"(%1500, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1502 = "stablehlo.divide"(%1501, %911) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1503 = "stablehlo.divide"(%1502, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1504 = "stablehlo.reshape"(%1503) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1505 = "stablehlo.broadcast_in_dim"(%1504) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1506 = "stablehlo.multiply"(%1505, %902) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1507 = "stablehlo.add"(%1492, %1506) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1508 = "stablehlo.add"(%1507, %1506) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1509 = "stablehlo.negate"(%1508) : (tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1510 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1511 = "stablehlo.reduce"(%1509, %1510) ({
    ^bb0(%1512: tensor<f32>, %1513: tensor<f32>):
        %1514 = "stablehlo.add"(%1512, %1513) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1514) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1515 = "stablehlo.reshape"(%1511) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1516 = "stablehlo.divide"(%1515, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1517 = "stablehlo.reshape"(%1516) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1518 = "stablehlo.broadcast_in_dim"(%1517) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1519 = "stablehlo.add"(%1508, %1518) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1520 = "stablehlo.reshape"(%1519) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %1521 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1522 = "stablehlo.reduce"(%1520, %1521) ({
    ^bb0(%1523: tensor<f32>, %1524: tensor<f32>):
        %1525 = "stablehlo.add"(%1523, %1524) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1525) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1526 = "stablehlo.transpose"(%arg112) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1527 = "stablehlo.reverse"(%1526) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1528 = "stablehlo.convolution"(%1520, %1527) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %1529 = "stablehlo.transpose"(%889) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %1530 = "stablehlo.transpose"(%1520) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %1531 = "stablehlo.convolution"(%1529, %1530) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1532 = "stablehlo.transpose"(%1531) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1533 = "stablehlo.multiply"(%1528, %888) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1534 = "stablehlo.multiply"(%1528, %887) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1535 = "stablehlo.multiply"(%1534, %888) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1536 = "stablehlo.subtract"(%1414, %888) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1537 = "stablehlo.multiply"(%1535, %1536) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1538 = "stablehlo.add"(%1533, %1537) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1539 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1540 = "stablehlo.reduce"(%1538, %1539) ({
    ^bb0(%1541: tensor<f32>, %1542: tensor<f32>):
        %1543 = "stablehlo.add"(%1541, %1542) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1543) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1544 = "stablehlo.multiply"(%1538, %884) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1545 = "stablehlo.multiply"(%1538, %883) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1546 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1547 = "stablehlo.reduce"(%1545, %1546) ({
    ^bb0(%1548: tensor<f32>, %1549: tensor<f32>):
        %1550 = "stablehlo.add"(%1548, %1549) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1550) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1551 = "stablehlo.reshape"(%1544) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %1552 = "stablehlo.multiply"(%1551, %881) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1553 = "stablehlo.multiply"(%1551, %870) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1554 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1555 = "stablehlo.reduce"(%1553, %1554) ({
    ^bb0(%1556: tensor<f32>, %1557: tensor<f32>):
        %1558 = "stablehlo.add"(%1556, %1557) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1558) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1559 = "stablehlo.reshape"(%1555) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1560 = "stablehlo.multiply"(%1559, %880) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1561 = "stablehlo.multiply"(%1560, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1562 = "stablehlo.divide"(%1561, %879) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1563 = "stablehlo.divide"(%1562, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1564 = "stablehlo.reshape"(%1563) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1565 = "stablehlo.broadcast_in_dim"(%1564) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1566 = "stablehlo.multiply"(%1565, %870) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1567 = "stablehlo.add"(%1552, %1566) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1568 = "stablehlo.add"(%1567, %1566) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1569 = "stablehlo.negate"(%1568) : (tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1570 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1571 = "stablehlo.reduce"(%1569, %1570) ({
    ^bb0(%1572: tensor<f32>, %1573: tensor<f32>):
        %1574 = "stablehlo.add"(%1572, %1573) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1574) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1575 = "stablehlo.reshape"(%1571) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1576 = "stablehlo.divide"(%1575, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1577 = "stablehlo.reshape"(%1576) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1578 = "stablehlo.broadcast_in_dim"(%1577) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1579 = "stablehlo.add"(%1568, %1578) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1580 = "stablehlo.reshape"(%1579) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %1581 = "stablehlo.add"(%1460, %1580) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1582 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1583 = "stablehlo.reduce"(%1581, %1582) ({
    ^bb0(%1584: tensor<f32>, %1585: tensor<f32>):
        %1586 = "stablehlo.add"(%1584, %1585) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1586) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1587 = "stablehlo.transpose"(%arg108) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1588 = "stablehlo.reverse"(%1587) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1589 = "stablehlo.convolution"(%1581, %1588) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %1590 = "stablehlo.transpose"(%856) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %1591 = "stablehlo.transpose"(%1581) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %1592 = "stablehlo.convolution"(%1590, %1591) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1593 = "stablehlo.transpose"(%1592) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1594 = "stablehlo.multiply"(%1589, %855) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1595 = "stablehlo.multiply"(%1589, %854) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1596 = "stablehlo.multiply"(%1595, %855) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1597 = "stablehlo.subtract"(%1414, %855) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1598 = "stablehlo.multiply"(%1596, %1597) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1599 = "stablehlo.add"(%1594, %1598) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1600 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1601 = "stablehlo.reduce"(%1599, %1600) ({
    ^bb0(%1602: tensor<f32>, %1603: tensor<f32>):
        %1604 = "stablehlo.add"(%1602, %1603) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1604) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1605 = "stablehlo.multiply"(%1599, %851) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1606 = "stablehlo.multiply"(%1599, %850) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1607 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1608 = "stablehlo.reduce"(%1606, %1607) ({
    ^bb0(%1609: tensor<f32>, %1610: tensor<f32>):
        %1611 = "stablehlo.add"(%1609, %1610) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1611) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1612 = "stablehlo.reshape"(%1605) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %1613 = "stablehlo.multiply"(%1612, %848) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1614 = "stablehlo.multiply"(%1612, %837) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1615 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1616 = "stablehlo.reduce"(%1614, %1615) ({
    ^bb0(%1617: tensor<f32>, %1618: tensor<f32>):
        %1619 = "stablehlo.add"(%1617, %1618) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1619) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1620 = "stablehlo.reshape"(%1616) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1621 = "stablehlo.multiply"(%1620, %847) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1622 = "stablehlo.multiply"(%1621, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1623 = "stablehlo.divide"(%1622, %846) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1624 = "stablehlo.divide"(%1623, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1625 = "stablehlo.reshape"(%1624) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1626 = "stablehlo.broadcast_in_dim"(%1625) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1627 = "stablehlo.multiply"(%1626, %837) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1628 = "stablehlo.add"(%1613, %1627) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1629 = "stablehlo.add"(%1628, %1627) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1630 = "stablehlo.negate"(%1629) : (tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1631 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1632 = "stablehlo.reduce"(%1630, %1631) ({
    ^bb0(%1633: tensor<f32>, %1634: tensor<f32>):
        %1635 = "stablehlo.add"(%1633, %1634) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1635) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1636 = "stablehlo.reshape"(%1632) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1637 = "stablehlo.divide"(%1636, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1638 = "stablehlo.reshape"(%1637) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1639 = "stablehlo.broadcast_in_dim"(%1638) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1640 = "stablehlo.add"(%1629, %1639) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1641 = "stablehlo.reshape"(%1640) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %1642 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1643 = "stablehlo.reduce"(%1641, %1642) ({
    ^bb0(%1644: tensor<f32>, %1645: tensor<f32>):
        %1646 = "stablehlo.add"(%1644, %1645) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1646) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1647 = "stablehlo.transpose"(%arg104) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1648 = "stablehlo.reverse"(%1647) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1649 = "stablehlo.convolution"(%1641, %1648) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %1650 = "stablehlo.transpose"(%824) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %1651 = "stablehlo.transpose"(%1641) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %1652 = "stablehlo.convolution"(%1650, %1651) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1653 = "stablehlo.transpose"(%1652) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1654 = "stablehlo.multiply"(%1649, %823) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1655 = "stablehlo.multiply"(%1649, %822) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1656 = "stablehlo.multiply"(%1655, %823) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1657 = "stablehlo.subtract"(%1414, %823) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1658 = "stablehlo.multiply"(%1656, %1657) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1659 = "stablehlo.add"(%1654, %1658) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1660 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1661 = "stablehlo.reduce"(%1659, %1660) ({
    ^bb0(%1662: tensor<f32>, %1663: tensor<f32>):
        %1664 = "stablehlo.add"(%1662, %1663) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1664) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1665 = "stablehlo.multiply"(%1659, %819) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1666 = "stablehlo.multiply"(%1659, %818) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1667 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1668 = "stablehlo.reduce"(%1666, %1667) ({
    ^bb0(%1669: tensor<f32>, %1670: tensor<f32>):
        %1671 = "stablehlo.add"(%1669, %1670) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1671) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1672 = "stablehlo.reshape"(%1665) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %1673 = "stablehlo.multiply"(%1672, %816) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1674 = "stablehlo.multiply"(%1672, %805) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1675 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1676 = "stablehlo.reduce"(%1674, %1675) ({
    ^bb0(%1677: tensor<f32>, %1678: tensor<f32>):
        %1679 = "stablehlo.add"(%1677, %1678) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1679) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1680 = "stablehlo.reshape"(%1676) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1681 = "stablehlo.multiply"(%1680, %815) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1682 = "stablehlo.multiply"(%1681, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1683 = "stablehlo.divide"(%1682, %814) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1684 = "stablehlo.divide"(%1683, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1685 = "stablehlo.reshape"(%1684) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1686 = "stablehlo.broadcast_in_dim"(%1685) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1687 = "stablehlo.multiply"(%1686, %805) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1688 = "stablehlo.add"(%1673, %1687) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1689 = "stablehlo.add"(%1688, %1687) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1690 = "stablehlo.negate"(%1689) : (tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1691 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1692 = "stablehlo.reduce"(%1690, %1691) ({
    ^bb0(%1693: tensor<f32>, %1694: tensor<f32>):
        %1695 = "stablehlo.add"(%1693, %1694) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1695) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1696 = "stablehlo.reshape"(%1692) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1697 = "stablehlo.divide"(%1696, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1698 = "stablehlo.reshape"(%1697) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1699 = "stablehlo.broadcast_in_dim"(%1698) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %1700 = "stablehlo.add"(%1689, %1699) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %1701 = "stablehlo.reshape"(%1700) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %1702 = "stablehlo.add"(%1581, %1701) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1703 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1704 = "stablehlo.reduce"(%1702, %1703) ({
    ^bb0(%1705: tensor<f32>, %1706: tensor<f32>):
        %1707 = "stablehlo.add"(%1705, %1706) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1707) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1708 = "stablehlo.transpose"(%arg100) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1709 = "stablehlo.reverse"(%1708) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1710 = "stablehlo.convolution"(%1702, %1709) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %1711 = "stablehlo.transpose"(%792) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %1712 = "stablehlo.transpose"(%1702) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %1713 = "stablehlo.convolution"(%1711, %1712) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1714 = "stablehlo.transpose"(%1713) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1715 = "stablehlo.reshape"(%1710) : (tensor<4x16x16x32xf32>) -> tensor<4x8x2x8x2x32xf32>
    %1716 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1717 = "stablehlo.reduce"(%1715, %1716) ({
    ^bb0(%1718: tensor<f32>, %1719: tensor<f32>):
        %1720 = "stablehlo.add"(%1718, %1719) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1720) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2, 4>} : (tensor<4x8x2x8x2x32xf32>, tensor<f32>) -> tensor<4x8x8x32xf32>
    %1721 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1722 = "stablehlo.reduce"(%1717, %1721) ({
    ^bb0(%1723: tensor<f32>, %1724: tensor<f32>):
        %1725 = "stablehlo.add"(%1723, %1724) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1725) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1726 = "stablehlo.transpose"(%arg98) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1727 = "stablehlo.reverse"(%1726) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1728 = "stablehlo.convolution"(%1717, %1727) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %1729 = "stablehlo.transpose"(%786) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %1730 = "stablehlo.transpose"(%1717) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %1731 = "stablehlo.convolution"(%1729, %1730) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1732 = "stablehlo.transpose"(%1731) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1733 = "stablehlo.multiply"(%1728, %785) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1734 = "stablehlo.multiply"(%1728, %784) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1735 = "stablehlo.multiply"(%1734, %785) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1736 = "stablehlo.constant"() {value = dense<1.0> : tensor<4x8x8x32xf32>} : () -> tensor<4x8x8x32xf32>
    %1737 = "stablehlo.subtract"(%1736, %785) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1738 = "stablehlo.multiply"(%1735, %1737) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1739 = "stablehlo.add"(%1733, %1738) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1740 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1741 = "stablehlo.reduce"(%1739, %1740) ({
    ^bb0(%1742: tensor<f32>, %1743: tensor<f32>):
        %1744 = "stablehlo.add"(%1742, %1743) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1744) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1745 = "stablehlo.multiply"(%1739, %781) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1746 = "stablehlo.multiply"(%1739, %780) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1747 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1748 = "stablehlo.reduce"(%1746, %1747) ({
    ^bb0(%1749: tensor<f32>, %1750: tensor<f32>):
        %1751 = "stablehlo.add"(%1749, %1750) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1751) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1752 = "stablehlo.reshape"(%1745) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %1753 = "stablehlo.multiply"(%1752, %778) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1754 = "stablehlo.multiply"(%1752, %767) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1755 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1756 = "stablehlo.reduce"(%1754, %1755) ({
    ^bb0(%1757: tensor<f32>, %1758: tensor<f32>):
        %1759 = "stablehlo.add"(%1757, %1758) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1759) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1760 = "stablehlo.reshape"(%1756) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1761 = "stablehlo.multiply"(%1760, %777) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1762 = "stablehlo.multiply"(%1761, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1763 = "stablehlo.divide"(%1762, %776) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1764 = "stablehlo.divide"(%1763, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1765 = "stablehlo.reshape"(%1764) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1766 = "stablehlo.broadcast_in_dim"(%1765) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %1767 = "stablehlo.multiply"(%1766, %767) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1768 = "stablehlo.add"(%1753, %1767) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1769 = "stablehlo.add"(%1768, %1767) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1770 = "stablehlo.negate"(%1769) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1771 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1772 = "stablehlo.reduce"(%1770, %1771) ({
    ^bb0(%1773: tensor<f32>, %1774: tensor<f32>):
        %1775 = "stablehlo.add"(%1773, %1774) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1775) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1776 = "stablehlo.reshape"(%1772) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1777 = "stablehlo.divide"(%1776, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1778 = "stablehlo.reshape"(%1777) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1779 = "stablehlo.broadcast_in_dim"(%1778) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %1780 = "stablehlo.add"(%1769, %1779) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1781 = "stablehlo.reshape"(%1780) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %1782 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1783 = "stablehlo.reduce"(%1781, %1782) ({
    ^bb0(%1784: tensor<f32>, %1785: tensor<f32>):
        %1786 = "stablehlo.add"(%1784, %1785) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1786) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1787 = "stablehlo.transpose"(%arg94) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1788 = "stablehlo.reverse"(%1787) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1789 = "stablehlo.convolution"(%1781, %1788) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %1790 = "stablehlo.transpose"(%754) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %1791 = "stablehlo.transpose"(%1781) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %1792 = "stablehlo.convolution"(%1790, %1791) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1793 = "stablehlo.transpose"(%1792) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1794 = "stablehlo.multiply"(%1789, %753) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1795 = "stablehlo.multiply"(%1789, %752) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1796 = "stablehlo.multiply"(%1795, %753) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1797 = "stablehlo.subtract"(%1736, %753) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1798 = "stablehlo.multiply"(%1796, %1797) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1799 = "stablehlo.add"(%1794, %1798) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1800 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1801 = "stablehlo.reduce"(%1799, %1800) ({
    ^bb0(%1802: tensor<f32>, %1803: tensor<f32>):
        %1804 = "stablehlo.add"(%1802, %1803) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1804) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1805 = "stablehlo.multiply"(%1799, %749) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1806 = "stablehlo.multiply"(%1799, %748) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1807 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1808 = "stablehlo.reduce"(%1806, %1807) ({
    ^bb0(%1809: tensor<f32>, %1810: tensor<f32>):
        %1811 = "stablehlo.add"(%1809, %1810) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1811) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1812 = "stablehlo.reshape"(%1805) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %1813 = "stablehlo.multiply"(%1812, %746) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1814 = "stablehlo.multiply"(%1812, %735) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1815 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1816 = "stablehlo.reduce"(%1814, %1815) ({
    ^bb0(%1817: tensor<f32>, %1818: tensor<f32>):
        %1819 = "stablehlo.add"(%1817, %1818) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1819) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1820 = "stablehlo.reshape"(%1816) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1821 = "stablehlo.multiply"(%1820, %745) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1822 = "stablehlo.multiply"(%1821, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1823 = "stablehlo.divide"(%1822, %744) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1824 = "stablehlo.divide"(%1823, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1825 = "stablehlo.reshape"(%1824) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1826 = "stablehlo.broadcast_in_dim"(%1825) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %1827 = "stablehlo.multiply"(%1826, %735) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1828 = "stablehlo.add"(%1813, %1827) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1829 = "stablehlo.add"(%1828, %1827) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1830 = "stablehlo.negate"(%1829) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1831 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1832 = "stablehlo.reduce"(%1830, %1831) ({
    ^bb0(%1833: tensor<f32>, %1834: tensor<f32>):
        %1835 = "stablehlo.add"(%1833, %1834) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1835) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1836 = "stablehlo.reshape"(%1832) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1837 = "stablehlo.divide"(%1836, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1838 = "stablehlo.reshape"(%1837) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1839 = "stablehlo.broadcast_in_dim"(%1838) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %1840 = "stablehlo.add"(%1829, %1839) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1841 = "stablehlo.reshape"(%1840) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %1842 = "stablehlo.add"(%1717, %1841) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1843 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1844 = "stablehlo.reduce"(%1842, %1843) ({
    ^bb0(%1845: tensor<f32>, %1846: tensor<f32>):
        %1847 = "stablehlo.add"(%1845, %1846) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1847) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1848 = "stablehlo.transpose"(%arg90) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1849 = "stablehlo.reverse"(%1848) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1850 = "stablehlo.convolution"(%1842, %1849) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %1851 = "stablehlo.transpose"(%721) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %1852 = "stablehlo.transpose"(%1842) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %1853 = "stablehlo.convolution"(%1851, %1852) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1854 = "stablehlo.transpose"(%1853) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1855 = "stablehlo.multiply"(%1850, %720) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1856 = "stablehlo.multiply"(%1850, %719) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1857 = "stablehlo.multiply"(%1856, %720) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1858 = "stablehlo.subtract"(%1736, %720) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1859 = "stablehlo.multiply"(%1857, %1858) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1860 = "stablehlo.add"(%1855, %1859) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1861 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1862 = "stablehlo.reduce"(%1860, %1861) ({
    ^bb0(%1863: tensor<f32>, %1864: tensor<f32>):
        %1865 = "stablehlo.add"(%1863, %1864) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1865) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1866 = "stablehlo.multiply"(%1860, %716) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1867 = "stablehlo.multiply"(%1860, %715) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1868 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1869 = "stablehlo.reduce"(%1867, %1868) ({
    ^bb0(%1870: tensor<f32>, %1871: tensor<f32>):
        %1872 = "stablehlo.add"(%1870, %1871) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1872) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1873 = "stablehlo.reshape"(%1866) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %1874 = "stablehlo.multiply"(%1873, %713) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1875 = "stablehlo.multiply"(%1873, %702) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1876 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1877 = "stablehlo.reduce"(%1875, %1876) ({
    ^bb0(%1878: tensor<f32>, %1879: tensor<f32>):
        %1880 = "stablehlo.add"(%1878, %1879) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1880) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1881 = "stablehlo.reshape"(%1877) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1882 = "stablehlo.multiply"(%1881, %712) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1883 = "stablehlo.multiply"(%1882, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1884 = "stablehlo.divide"(%1883, %711) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1885 = "stablehlo.divide"(%1884, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1886 = "stablehlo.reshape"(%1885) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1887 = "stablehlo.broadcast_in_dim"(%1886) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %1888 = "stablehlo.multiply"(%1887, %702) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1889 = "stablehlo.add"(%1874, %1888) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1890 = "stablehlo.add"(%1889, %1888) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1891 = "stablehlo.negate"(%1890) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1892 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1893 = "stablehlo.reduce"(%1891, %1892) ({
    ^bb0(%1894: tensor<f32>, %1895: tensor<f32>):
        %1896 = "stablehlo.add"(%1894, %1895) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1896) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1897 = "stablehlo.reshape"(%1893) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1898 = "stablehlo.divide"(%1897, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1899 = "stablehlo.reshape"(%1898) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1900 = "stablehlo.broadcast_in_dim"(%1899) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %1901 = "stablehlo.add"(%1890, %1900) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1902 = "stablehlo.reshape"(%1901) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %1903 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1904 = "stablehlo.reduce"(%1902, %1903) ({
    ^bb0(%1905: tensor<f32>, %1906: tensor<f32>):
        %1907 = "stablehlo.add"(%1905, %1906) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1907) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1908 = "stablehlo.transpose"(%arg86) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1909 = "stablehlo.reverse"(%1908) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1910 = "stablehlo.convolution"(%1902, %1909) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %1911 = "stablehlo.transpose"(%689) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %1912 = "stablehlo.transpose"(%1902) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %1913 = "stablehlo.convolution"(%1911, %1912) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1914 = "stablehlo.transpose"(%1913) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1915 = "stablehlo.multiply"(%1910, %688) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1916 = "stablehlo.multiply"(%1910, %687) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1917 = "stablehlo.multiply"(%1916, %688) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1918 = "stablehlo.subtract"(%1736, %688) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1919 = "stablehlo.multiply"(%1917, %1918) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1920 = "stablehlo.add"(%1915, %1919) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1921 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1922 = "stablehlo.reduce"(%1920, %1921) ({
    ^bb0(%1923: tensor<f32>, %1924: tensor<f32>):
        %1925 = "stablehlo.add"(%1923, %1924) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1925) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1926 = "stablehlo.multiply"(%1920, %684) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1927 = "stablehlo.multiply"(%1920, %683) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1928 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1929 = "stablehlo.reduce"(%1927, %1928) ({
    ^bb0(%1930: tensor<f32>, %1931: tensor<f32>):
        %1932 = "stablehlo.add"(%1930, %1931) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1932) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1933 = "stablehlo.reshape"(%1926) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %1934 = "stablehlo.multiply"(%1933, %681) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1935 = "stablehlo.multiply"(%1933, %670) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1936 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1937 = "stablehlo.reduce"(%1935, %1936) ({
    ^bb0(%1938: tensor<f32>, %1939: tensor<f32>):
        %1940 = "stablehlo.add"(%1938, %1939) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1940) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1941 = "stablehlo.reshape"(%1937) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1942 = "stablehlo.multiply"(%1941, %680) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1943 = "stablehlo.multiply"(%1942, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1944 = "stablehlo.divide"(%1943, %679) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1945 = "stablehlo.divide"(%1944, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1946 = "stablehlo.reshape"(%1945) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1947 = "stablehlo.broadcast_in_dim"(%1946) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %1948 = "stablehlo.multiply"(%1947, %670) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1949 = "stablehlo.add"(%1934, %1948) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1950 = "stablehlo.add"(%1949, %1948) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1951 = "stablehlo.negate"(%1950) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1952 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1953 = "stablehlo.reduce"(%1951, %1952) ({
    ^bb0(%1954: tensor<f32>, %1955: tensor<f32>):
        %1956 = "stablehlo.add"(%1954, %1955) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1956) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %1957 = "stablehlo.reshape"(%1953) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1958 = "stablehlo.divide"(%1957, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %1959 = "stablehlo.reshape"(%1958) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %1960 = "stablehlo.broadcast_in_dim"(%1959) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %1961 = "stablehlo.add"(%1950, %1960) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1962 = "stablehlo.reshape"(%1961) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %1963 = "stablehlo.add"(%1842, %1962) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1964 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1965 = "stablehlo.reduce"(%1963, %1964) ({
    ^bb0(%1966: tensor<f32>, %1967: tensor<f32>):
        %1968 = "stablehlo.add"(%1966, %1967) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1968) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1969 = "stablehlo.transpose"(%arg82) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1970 = "stablehlo.reverse"(%1969) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %1971 = "stablehlo.convolution"(%1963, %1970) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %1972 = "stablehlo.transpose"(%656) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %1973 = "stablehlo.transpose"(%1963) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %1974 = "stablehlo.convolution"(%1972, %1973) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %1975 = "stablehlo.transpose"(%1974) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %1976 = "stablehlo.multiply"(%1971, %655) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1977 = "stablehlo.multiply"(%1971, %654) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1978 = "stablehlo.multiply"(%1977, %655) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1979 = "stablehlo.subtract"(%1736, %655) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1980 = "stablehlo.multiply"(%1978, %1979) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1981 = "stablehlo.add"(%1976, %1980) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1982 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1983 = "stablehlo.reduce"(%1981, %1982) ({
    ^bb0(%1984: tensor<f32>, %1985: tensor<f32>):
        %1986 = "stablehlo.add"(%1984, %1985) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1986) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1987 = "stablehlo.multiply"(%1981, %651) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1988 = "stablehlo.multiply"(%1981, %650) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %1989 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1990 = "stablehlo.reduce"(%1988, %1989) ({
    ^bb0(%1991: tensor<f32>, %1992: tensor<f32>):
        %1993 = "stablehlo.add"(%1991, %1992) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1993) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1994 = "stablehlo.reshape"(%1987) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %1995 = "stablehlo.multiply"(%1994, %648) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1996 = "stablehlo.multiply"(%1994, %637) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %1997 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1998 = "stablehlo.reduce"(%1996, %1997) ({
    ^bb0(%1999: tensor<f32>, %2000: tensor<f32>):
        %2001 = "stablehlo.add"(%1999, %2000) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2001) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2002 = "stablehlo.reshape"(%1998) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2003 = "stablehlo.multiply"(%2002, %647) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2004 = "stablehlo.multiply"(%2003, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2005 = "stablehlo.divide"(%2004, %646) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2006 = "stablehlo.divide"(%2005, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2007 = "stablehlo.reshape"(%2006) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2008 = "stablehlo.broadcast_in_dim"(%2007) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2009 = "stablehlo.multiply"(%2008, %637) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2010 = "stablehlo.add"(%1995, %2009) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2011 = "stablehlo.add"(%2010, %2009) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2012 = "stablehlo.negate"(%2011) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2013 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2014 = "stablehlo.reduce"(%2012, %2013) ({
    ^bb0(%2015: tensor<f32>, %2016: tensor<f32>):
        %2017 = "stablehlo.add"(%2015, %2016) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2017) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2018 = "stablehlo.reshape"(%2014) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2019 = "stablehlo.divide"(%2018, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2020 = "stablehlo.reshape"(%2019) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2021 = "stablehlo.broadcast_in_dim"(%2020) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2022 = "stablehlo.add"(%2011, %2021) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2023 = "stablehlo.reshape"(%2022) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2024 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2025 = "stablehlo.reduce"(%2023, %2024) ({
    ^bb0(%2026: tensor<f32>, %2027: tensor<f32>):
        %2028 = "stablehlo.add"(%2026, %2027) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2028) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2029 = "stablehlo.transpose"(%arg78) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2030 = "stablehlo.reverse"(%2029) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2031 = "stablehlo.convolution"(%2023, %2030) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2032 = "stablehlo.transpose"(%624) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2033 = "stablehlo.transpose"(%2023) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2034 = "stablehlo.convolution"(%2032, %2033) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2035 = "stablehlo.transpose"(%2034) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2036 = "stablehlo.multiply"(%2031, %623) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2037 = "stablehlo.multiply"(%2031, %622) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2038 = "stablehlo.multiply"(%2037, %623) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2039 = "stablehlo.subtract"(%1736, %623) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2040 = "stablehlo.multiply"(%2038, %2039) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2041 = "stablehlo.add"(%2036, %2040) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2042 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2043 = "stablehlo.reduce"(%2041, %2042) ({
    ^bb0(%2044: tensor<f32>, %2045: tensor<f32>):
        %2046 = "stablehlo.add"(%2044, %2045) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2046) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2047 = "stablehlo.multiply"(%2041, %619) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2048 = "stablehlo.multiply"(%2041, %618) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2049 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2050 = "stablehlo.reduce"(%2048, %2049) ({
    ^bb0(%2051: tensor<f32>, %2052: tensor<f32>):
        %2053 = "stablehlo.add"(%2051, %2052) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2053) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2054 = "stablehlo.reshape"(%2047) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2055 = "stablehlo.multiply"(%2054, %616) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2056 = "stablehlo.multiply"(%2054, %605) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2057 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2058 = "stablehlo.reduce"(%2056, %2057) ({
    ^bb0(%2059: tensor<f32>, %2060: tensor<f32>):
        %2061 = "stablehlo.add"(%2059, %2060) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2061) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2062 = "stablehlo.reshape"(%2058) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2063 = "stablehlo.multiply"(%2062, %615) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2064 = "stablehlo.multiply"(%2063, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2065 = "stablehlo.divide"(%2064, %614) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2066 = "stablehlo.divide"(%2065, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2067 = "stablehlo.reshape"(%2066) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2068 = "stablehlo.broadcast_in_dim"(%2067) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2069 = "stablehlo.multiply"(%2068, %605) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2070 = "stablehlo.add"(%2055, %2069) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2071 = "stablehlo.add"(%2070, %2069) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2072 = "stablehlo.negate"(%2071) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2073 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2074 = "stablehlo.reduce"(%2072, %2073) ({
    ^bb0(%2075: tensor<f32>, %2076: tensor<f32>):
        %2077 = "stablehlo.add"(%2075, %2076) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2077) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2078 = "stablehlo.reshape"(%2074) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2079 = "stablehlo.divide"(%2078, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2080 = "stablehlo.reshape"(%2079) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2081 = "stablehlo.broadcast_in_dim"(%2080) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2082 = "stablehlo.add"(%2071, %2081) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2083 = "stablehlo.reshape"(%2082) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2084 = "stablehlo.add"(%1963, %2083) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2085 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2086 = "stablehlo.reduce"(%2084, %2085) ({
    ^bb0(%2087: tensor<f32>, %2088: tensor<f32>):
        %2089 = "stablehlo.add"(%2087, %2088) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2089) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2090 = "stablehlo.transpose"(%arg74) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2091 = "stablehlo.reverse"(%2090) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2092 = "stablehlo.convolution"(%2084, %2091) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2093 = "stablehlo.transpose"(%591) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2094 = "stablehlo.transpose"(%2084) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2095 = "stablehlo.convolution"(%2093, %2094) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x1x1x32xf32>
    %2096 = "stablehlo.transpose"(%2095) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x32xf32>) -> tensor<1x1x32x32xf32>
    %2097 = "stablehlo.reshape"(%2092) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %2098 = "stablehlo.dot_general"(%2097, %570) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<4x64x32xf32>, tensor<4x64x32xf32>) -> tensor<4x64x64xf32>
    %2099 = "stablehlo.dot_general"(%2097, %589) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x64x32xf32>, tensor<4x64x64xf32>) -> tensor<4x32x64xf32>
    %2100 = "stablehlo.transpose"(%2099) {permutation = array<i64: 0, 2, 1>} : (tensor<4x32x64xf32>) -> tensor<4x64x32xf32>
    %2101 = "stablehlo.divide"(%2098, %588) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2102 = "stablehlo.multiply"(%2098, %589) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2103 = "stablehlo.divide"(%2102, %588) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2104 = "stablehlo.negate"(%2103) : (tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2105 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2106 = "stablehlo.reduce"(%2104, %2105) ({
    ^bb0(%2107: tensor<f32>, %2108: tensor<f32>):
        %2109 = "stablehlo.add"(%2107, %2108) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2109) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<4x64x64xf32>, tensor<f32>) -> tensor<4x64xf32>
    %2110 = "stablehlo.reshape"(%2106) : (tensor<4x64xf32>) -> tensor<4x64x1xf32>
    %2111 = "stablehlo.reshape"(%2110) : (tensor<4x64x1xf32>) -> tensor<4x64xf32>
    %2112 = "stablehlo.broadcast_in_dim"(%2111) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<4x64xf32>) -> tensor<4x64x64xf32>
    %2113 = "stablehlo.add"(%2101, %2112) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2114 = "stablehlo.multiply"(%2113, %581) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2115 = "stablehlo.multiply"(%2114, %244) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2116 = "stablehlo.dot_general"(%2115, %566) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<4x64x64xf32>, tensor<4x64x32xf32>) -> tensor<4x64x32xf32>
    %2117 = "stablehlo.dot_general"(%2115, %562) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x64x64xf32>, tensor<4x64x32xf32>) -> tensor<4x64x32xf32>
    %2118 = "stablehlo.reshape"(%2100) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %2119 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2120 = "stablehlo.reduce"(%2118, %2119) ({
    ^bb0(%2121: tensor<f32>, %2122: tensor<f32>):
        %2123 = "stablehlo.add"(%2121, %2122) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2123) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2124 = "stablehlo.transpose"(%arg72) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2125 = "stablehlo.reverse"(%2124) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2126 = "stablehlo.convolution"(%2118, %2125) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2127 = "stablehlo.transpose"(%558) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2128 = "stablehlo.transpose"(%2118) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2129 = "stablehlo.convolution"(%2127, %2128) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x1x1x32xf32>
    %2130 = "stablehlo.transpose"(%2129) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x32xf32>) -> tensor<1x1x32x32xf32>
    %2131 = "stablehlo.reshape"(%2117) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %2132 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2133 = "stablehlo.reduce"(%2131, %2132) ({
    ^bb0(%2134: tensor<f32>, %2135: tensor<f32>):
        %2136 = "stablehlo.add"(%2134, %2135) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2136) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2137 = "stablehlo.transpose"(%arg70) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2138 = "stablehlo.reverse"(%2137) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2139 = "stablehlo.convolution"(%2131, %2138) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2140 = "stablehlo.transpose"(%2131) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2141 = "stablehlo.convolution"(%2127, %2140) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x1x1x32xf32>
    %2142 = "stablehlo.transpose"(%2141) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x32xf32>) -> tensor<1x1x32x32xf32>
    %2143 = "stablehlo.add"(%2126, %2139) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2144 = "stablehlo.reshape"(%2116) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %2145 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2146 = "stablehlo.reduce"(%2144, %2145) ({
    ^bb0(%2147: tensor<f32>, %2148: tensor<f32>):
        %2149 = "stablehlo.add"(%2147, %2148) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2149) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2150 = "stablehlo.transpose"(%arg68) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2151 = "stablehlo.reverse"(%2150) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2152 = "stablehlo.convolution"(%2144, %2151) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2153 = "stablehlo.transpose"(%2144) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2154 = "stablehlo.convolution"(%2127, %2153) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x1x1x32xf32>
    %2155 = "stablehlo.transpose"(%2154) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x32xf32>) -> tensor<1x1x32x32xf32>
    %2156 = "stablehlo.add"(%2143, %2152) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2157 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2158 = "stablehlo.reduce"(%2156, %2157) ({
    ^bb0(%2159: tensor<f32>, %2160: tensor<f32>):
        %2161 = "stablehlo.add"(%2159, %2160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2161) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2162 = "stablehlo.multiply"(%2156, %555) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2163 = "stablehlo.multiply"(%2156, %554) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2164 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2165 = "stablehlo.reduce"(%2163, %2164) ({
    ^bb0(%2166: tensor<f32>, %2167: tensor<f32>):
        %2168 = "stablehlo.add"(%2166, %2167) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2168) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2169 = "stablehlo.reshape"(%2162) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2170 = "stablehlo.multiply"(%2169, %552) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2171 = "stablehlo.multiply"(%2169, %541) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2172 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2173 = "stablehlo.reduce"(%2171, %2172) ({
    ^bb0(%2174: tensor<f32>, %2175: tensor<f32>):
        %2176 = "stablehlo.add"(%2174, %2175) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2176) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2177 = "stablehlo.reshape"(%2173) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2178 = "stablehlo.multiply"(%2177, %551) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2179 = "stablehlo.multiply"(%2178, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2180 = "stablehlo.divide"(%2179, %550) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2181 = "stablehlo.divide"(%2180, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2182 = "stablehlo.reshape"(%2181) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2183 = "stablehlo.broadcast_in_dim"(%2182) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2184 = "stablehlo.multiply"(%2183, %541) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2185 = "stablehlo.add"(%2170, %2184) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2186 = "stablehlo.add"(%2185, %2184) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2187 = "stablehlo.negate"(%2186) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2188 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2189 = "stablehlo.reduce"(%2187, %2188) ({
    ^bb0(%2190: tensor<f32>, %2191: tensor<f32>):
        %2192 = "stablehlo.add"(%2190, %2191) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2192) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2193 = "stablehlo.reshape"(%2189) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2194 = "stablehlo.divide"(%2193, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2195 = "stablehlo.reshape"(%2194) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2196 = "stablehlo.broadcast_in_dim"(%2195) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2197 = "stablehlo.add"(%2186, %2196) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2198 = "stablehlo.reshape"(%2197) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2199 = "stablehlo.add"(%2084, %2198) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2200 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2201 = "stablehlo.reduce"(%2199, %2200) ({
    ^bb0(%2202: tensor<f32>, %2203: tensor<f32>):
        %2204 = "stablehlo.add"(%2202, %2203) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2204) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2205 = "stablehlo.transpose"(%arg64) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2206 = "stablehlo.reverse"(%2205) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2207 = "stablehlo.convolution"(%2199, %2206) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2208 = "stablehlo.transpose"(%527) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2209 = "stablehlo.transpose"(%2199) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2210 = "stablehlo.convolution"(%2208, %2209) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2211 = "stablehlo.transpose"(%2210) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2212 = "stablehlo.multiply"(%2207, %526) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2213 = "stablehlo.multiply"(%2207, %525) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2214 = "stablehlo.multiply"(%2213, %526) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2215 = "stablehlo.subtract"(%1736, %526) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2216 = "stablehlo.multiply"(%2214, %2215) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2217 = "stablehlo.add"(%2212, %2216) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2218 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2219 = "stablehlo.reduce"(%2217, %2218) ({
    ^bb0(%2220: tensor<f32>, %2221: tensor<f32>):
        %2222 = "stablehlo.add"(%2220, %2221) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2222) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2223 = "stablehlo.multiply"(%2217, %522) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2224 = "stablehlo.multiply"(%2217, %521) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2225 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2226 = "stablehlo.reduce"(%2224, %2225) ({
    ^bb0(%2227: tensor<f32>, %2228: tensor<f32>):
        %2229 = "stablehlo.add"(%2227, %2228) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2229) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2230 = "stablehlo.reshape"(%2223) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2231 = "stablehlo.multiply"(%2230, %519) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2232 = "stablehlo.multiply"(%2230, %508) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2233 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2234 = "stablehlo.reduce"(%2232, %2233) ({
    ^bb0(%2235: tensor<f32>, %2236: tensor<f32>):
        %2237 = "stablehlo.add"(%2235, %2236) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2237) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2238 = "stablehlo.reshape"(%2234) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2239 = "stablehlo.multiply"(%2238, %518) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2240 = "stablehlo.multiply"(%2239, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2241 = "stablehlo.divide"(%2240, %517) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2242 = "stablehlo.divide"(%2241, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2243 = "stablehlo.reshape"(%2242) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2244 = "stablehlo.broadcast_in_dim"(%2243) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2245 = "stablehlo.multiply"(%2244, %508) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2246 = "stablehlo.add"(%2231, %2245) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2247 = "stablehlo.add"(%2246, %2245) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2248 = "stablehlo.negate"(%2247) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2249 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2250 = "stablehlo.reduce"(%2248, %2249) ({
    ^bb0(%2251: tensor<f32>, %2252: tensor<f32>):
        %2253 = "stablehlo.add"(%2251, %2252) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2253) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2254 = "stablehlo.reshape"(%2250) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2255 = "stablehlo.divide"(%2254, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2256 = "stablehlo.reshape"(%2255) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2257 = "stablehlo.broadcast_in_dim"(%2256) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2258 = "stablehlo.add"(%2247, %2257) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2259 = "stablehlo.reshape"(%2258) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2260 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2261 = "stablehlo.reduce"(%2259, %2260) ({
    ^bb0(%2262: tensor<f32>, %2263: tensor<f32>):
        %2264 = "stablehlo.add"(%2262, %2263) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2264) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2265 = "stablehlo.transpose"(%arg60) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2266 = "stablehlo.reverse"(%2265) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2267 = "stablehlo.convolution"(%2259, %2266) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2268 = "stablehlo.transpose"(%495) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2269 = "stablehlo.transpose"(%2259) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2270 = "stablehlo.convolution"(%2268, %2269) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2271 = "stablehlo.transpose"(%2270) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2272 = "stablehlo.multiply"(%2267, %494) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2273 = "stablehlo.multiply"(%2267, %493) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2274 = "stablehlo.multiply"(%2273, %494) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2275 = "stablehlo.subtract"(%1736, %494) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2276 = "stablehlo.multiply"(%2274, %2275) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2277 = "stablehlo.add"(%2272, %2276) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2278 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2279 = "stablehlo.reduce"(%2277, %2278) ({
    ^bb0(%2280: tensor<f32>, %2281: tensor<f32>):
        %2282 = "stablehlo.add"(%2280, %2281) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2282) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2283 = "stablehlo.multiply"(%2277, %490) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2284 = "stablehlo.multiply"(%2277, %489) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2285 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2286 = "stablehlo.reduce"(%2284, %2285) ({
    ^bb0(%2287: tensor<f32>, %2288: tensor<f32>):
        %2289 = "stablehlo.add"(%2287, %2288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2289) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2290 = "stablehlo.reshape"(%2283) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2291 = "stablehlo.multiply"(%2290, %487) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2292 = "stablehlo.multiply"(%2290, %476) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2293 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2294 = "stablehlo.reduce"(%2292, %2293) ({
    ^bb0(%2295: tensor<f32>, %2296: tensor<f32>):
        %2297 = "stablehlo.add"(%2295, %2296) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2297) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2298 = "stablehlo.reshape"(%2294) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2299 = "stablehlo.multiply"(%2298, %486) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2300 = "stablehlo.multiply"(%2299, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2301 = "stablehlo.divide"(%2300, %485) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2302 = "stablehlo.divide"(%2301, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2303 = "stablehlo.reshape"(%2302) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2304 = "stablehlo.broadcast_in_dim"(%2303) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2305 = "stablehlo.multiply"(%2304, %476) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2306 = "stablehlo.add"(%2291, %2305) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2307 = "stablehlo.add"(%2306, %2305) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2308 = "stablehlo.negate"(%2307) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2309 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2310 = "stablehlo.reduce"(%2308, %2309) ({
    ^bb0(%2311: tensor<f32>, %2312: tensor<f32>):
        %2313 = "stablehlo.add"(%2311, %2312) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2313) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2314 = "stablehlo.reshape"(%2310) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2315 = "stablehlo.divide"(%2314, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2316 = "stablehlo.reshape"(%2315) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2317 = "stablehlo.broadcast_in_dim"(%2316) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2318 = "stablehlo.add"(%2307, %2317) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2319 = "stablehlo.reshape"(%2318) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2320 = "stablehlo.add"(%2199, %2319) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2321 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2322 = "stablehlo.reduce"(%2320, %2321) ({
    ^bb0(%2323: tensor<f32>, %2324: tensor<f32>):
        %2325 = "stablehlo.add"(%2323, %2324) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2325) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2326 = "stablehlo.transpose"(%arg56) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x16x32xf32>) -> tensor<3x3x32x16xf32>
    %2327 = "stablehlo.reverse"(%2326) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2328 = "stablehlo.convolution"(%2320, %2327) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x16xf32>) -> tensor<4x8x8x16xf32>
    %2329 = "stablehlo.transpose"(%463) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x16xf32>) -> tensor<16x8x8x4xf32>
    %2330 = "stablehlo.transpose"(%2320) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2331 = "stablehlo.convolution"(%2329, %2330) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<16x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<16x3x3x32xf32>
    %2332 = "stablehlo.transpose"(%2331) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<16x3x3x32xf32>) -> tensor<3x3x16x32xf32>
    %2333 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2334 = "stablehlo.reduce"(%2328, %2333) ({
    ^bb0(%2335: tensor<f32>, %2336: tensor<f32>):
        %2337 = "stablehlo.add"(%2335, %2336) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2337) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2338 = "stablehlo.transpose"(%arg54) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %2339 = "stablehlo.reverse"(%2338) {dimensions = array<i64: 0, 1>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %2340 = "stablehlo.convolution"(%2328, %2339) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x16xf32>) -> tensor<4x8x8x16xf32>
    %2341 = "stablehlo.transpose"(%429) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x16xf32>) -> tensor<16x8x8x4xf32>
    %2342 = "stablehlo.transpose"(%2328) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x16xf32>) -> tensor<8x8x4x16xf32>
    %2343 = "stablehlo.convolution"(%2341, %2342) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<16x8x8x4xf32>, tensor<8x8x4x16xf32>) -> tensor<16x1x1x16xf32>
    %2344 = "stablehlo.transpose"(%2343) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<16x1x1x16xf32>) -> tensor<1x1x16x16xf32>
    %2345 = "stablehlo.multiply"(%1200, %425) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2346 = "stablehlo.divide"(%1200, %415) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2347 = "stablehlo.broadcast_in_dim"(%2346) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x8x8x16xf32>
    %2348 = "stablehlo.multiply"(%2347, %417) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2349 = "stablehlo.add"(%2348, %2348) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2350 = "stablehlo.divide"(%2345, %415) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2351 = "stablehlo.broadcast_in_dim"(%2350) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x8x8x16xf32>
    %2352 = "stablehlo.multiply"(%2351, %408) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2353 = "stablehlo.add"(%2352, %2352) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2354 = "stablehlo.negate"(%2353) : (tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2355 = "stablehlo.add"(%2340, %2354) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2356 = "stablehlo.reshape"(%2349) : (tensor<4x8x8x16xf32>) -> tensor<256x16xf32>
    %2357 = "stablehlo.constant"() {value = dense<0> : tensor<256xi32>} : () -> tensor<256xi32>
    %2358 = "stablehlo.constant"() {value = dense<31> : tensor<256xi32>} : () -> tensor<256xi32>
    %2359 = "stablehlo.clamp"(%2357, %402, %2358) : (tensor<256xi32>, tensor<256xi32>, tensor<256xi32>) -> tensor<256xi32>
    %2360 = "stablehlo.constant"() {value = dense<0.0> : tensor<32x16xf32>} : () -> tensor<32x16xf32>
    %2361 = "stablehlo.scatter"(%2360, %2359, %2356) ({
    ^bb0(%2362: tensor<f32>, %2363: tensor<f32>):
        %2364 = "stablehlo.add"(%2362, %2363) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2364) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>, unique_indices = false} : (tensor<32x16xf32>, tensor<256xi32>, tensor<256x16xf32>) -> tensor<32x16xf32>
    %2365 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2366 = "stablehlo.reduce"(%2355, %2365) ({
    ^bb0(%2367: tensor<f32>, %2368: tensor<f32>):
        %2369 = "stablehlo.add"(%2367, %2368) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2369) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2370 = "stablehlo.transpose"(%arg51) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %2371 = "stablehlo.reverse"(%2370) {dimensions = array<i64: 0, 1>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %2372 = "stablehlo.convolution"(%2355, %2371) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x16xf32>) -> tensor<4x8x8x16xf32>
    %2373 = "stablehlo.transpose"(%365) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x16xf32>) -> tensor<16x8x8x4xf32>
    %2374 = "stablehlo.transpose"(%2355) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x16xf32>) -> tensor<8x8x4x16xf32>
    %2375 = "stablehlo.convolution"(%2373, %2374) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<16x8x8x4xf32>, tensor<8x8x4x16xf32>) -> tensor<16x1x1x16xf32>
    %2376 = "stablehlo.transpose"(%2375) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<16x1x1x16xf32>) -> tensor<1x1x16x16xf32>
    %2377 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2378 = "stablehlo.reduce"(%2372, %2377) ({
    ^bb0(%2379: tensor<f32>, %2380: tensor<f32>):
        %2381 = "stablehlo.add"(%2379, %2380) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2381) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2382 = "stablehlo.transpose"(%arg49) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x16xf32>) -> tensor<3x3x16x32xf32>
    %2383 = "stablehlo.reverse"(%2382) {dimensions = array<i64: 0, 1>} : (tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %2384 = "stablehlo.convolution"(%2372, %2383) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<3x3x16x32xf32>) -> tensor<4x8x8x32xf32>
    %2385 = "stablehlo.transpose"(%362) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2386 = "stablehlo.transpose"(%2372) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x16xf32>) -> tensor<8x8x4x16xf32>
    %2387 = "stablehlo.convolution"(%2385, %2386) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x16xf32>) -> tensor<32x3x3x16xf32>
    %2388 = "stablehlo.transpose"(%2387) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x16xf32>) -> tensor<3x3x32x16xf32>
    %2389 = "stablehlo.multiply"(%2384, %361) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2390 = "stablehlo.multiply"(%2384, %360) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2391 = "stablehlo.multiply"(%2390, %361) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2392 = "stablehlo.subtract"(%1736, %361) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2393 = "stablehlo.multiply"(%2391, %2392) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2394 = "stablehlo.add"(%2389, %2393) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2395 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2396 = "stablehlo.reduce"(%2394, %2395) ({
    ^bb0(%2397: tensor<f32>, %2398: tensor<f32>):
        %2399 = "stablehlo.add"(%2397, %2398) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2399) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2400 = "stablehlo.multiply"(%2394, %357) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2401 = "stablehlo.multiply"(%2394, %356) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2402 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2403 = "stablehlo.reduce"(%2401, %2402) ({
    ^bb0(%2404: tensor<f32>, %2405: tensor<f32>):
        %2406 = "stablehlo.add"(%2404, %2405) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2406) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2407 = "stablehlo.reshape"(%2400) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2408 = "stablehlo.multiply"(%2407, %354) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2409 = "stablehlo.multiply"(%2407, %343) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2410 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2411 = "stablehlo.reduce"(%2409, %2410) ({
    ^bb0(%2412: tensor<f32>, %2413: tensor<f32>):
        %2414 = "stablehlo.add"(%2412, %2413) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2414) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2415 = "stablehlo.reshape"(%2411) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2416 = "stablehlo.multiply"(%2415, %353) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2417 = "stablehlo.multiply"(%2416, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2418 = "stablehlo.divide"(%2417, %352) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2419 = "stablehlo.divide"(%2418, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2420 = "stablehlo.reshape"(%2419) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2421 = "stablehlo.broadcast_in_dim"(%2420) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2422 = "stablehlo.multiply"(%2421, %343) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2423 = "stablehlo.add"(%2408, %2422) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2424 = "stablehlo.add"(%2423, %2422) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2425 = "stablehlo.negate"(%2424) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2426 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2427 = "stablehlo.reduce"(%2425, %2426) ({
    ^bb0(%2428: tensor<f32>, %2429: tensor<f32>):
        %2430 = "stablehlo.add"(%2428, %2429) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2430) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2431 = "stablehlo.reshape"(%2427) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2432 = "stablehlo.divide"(%2431, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2433 = "stablehlo.reshape"(%2432) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2434 = "stablehlo.broadcast_in_dim"(%2433) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2435 = "stablehlo.add"(%2424, %2434) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2436 = "stablehlo.reshape"(%2435) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2437 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2438 = "stablehlo.reduce"(%2436, %2437) ({
    ^bb0(%2439: tensor<f32>, %2440: tensor<f32>):
        %2441 = "stablehlo.add"(%2439, %2440) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2441) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2442 = "stablehlo.transpose"(%arg45) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2443 = "stablehlo.reverse"(%2442) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2444 = "stablehlo.convolution"(%2436, %2443) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2445 = "stablehlo.transpose"(%329) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2446 = "stablehlo.transpose"(%2436) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2447 = "stablehlo.convolution"(%2445, %2446) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2448 = "stablehlo.transpose"(%2447) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2449 = "stablehlo.multiply"(%2444, %328) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2450 = "stablehlo.multiply"(%2444, %327) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2451 = "stablehlo.multiply"(%2450, %328) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2452 = "stablehlo.subtract"(%1736, %328) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2453 = "stablehlo.multiply"(%2451, %2452) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2454 = "stablehlo.add"(%2449, %2453) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2455 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2456 = "stablehlo.reduce"(%2454, %2455) ({
    ^bb0(%2457: tensor<f32>, %2458: tensor<f32>):
        %2459 = "stablehlo.add"(%2457, %2458) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2459) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2460 = "stablehlo.multiply"(%2454, %324) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2461 = "stablehlo.multiply"(%2454, %323) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2462 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2463 = "stablehlo.reduce"(%2461, %2462) ({
    ^bb0(%2464: tensor<f32>, %2465: tensor<f32>):
        %2466 = "stablehlo.add"(%2464, %2465) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2466) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2467 = "stablehlo.reshape"(%2460) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2468 = "stablehlo.multiply"(%2467, %321) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2469 = "stablehlo.multiply"(%2467, %310) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2470 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2471 = "stablehlo.reduce"(%2469, %2470) ({
    ^bb0(%2472: tensor<f32>, %2473: tensor<f32>):
        %2474 = "stablehlo.add"(%2472, %2473) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2474) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2475 = "stablehlo.reshape"(%2471) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2476 = "stablehlo.multiply"(%2475, %320) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2477 = "stablehlo.multiply"(%2476, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2478 = "stablehlo.divide"(%2477, %319) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2479 = "stablehlo.divide"(%2478, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2480 = "stablehlo.reshape"(%2479) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2481 = "stablehlo.broadcast_in_dim"(%2480) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2482 = "stablehlo.multiply"(%2481, %310) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2483 = "stablehlo.add"(%2468, %2482) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2484 = "stablehlo.add"(%2483, %2482) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2485 = "stablehlo.negate"(%2484) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2486 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2487 = "stablehlo.reduce"(%2485, %2486) ({
    ^bb0(%2488: tensor<f32>, %2489: tensor<f32>):
        %2490 = "stablehlo.add"(%2488, %2489) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2490) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2491 = "stablehlo.reshape"(%2487) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2492 = "stablehlo.divide"(%2491, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2493 = "stablehlo.reshape"(%2492) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2494 = "stablehlo.broadcast_in_dim"(%2493) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2495 = "stablehlo.add"(%2484, %2494) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2496 = "stablehlo.reshape"(%2495) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2497 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2498 = "stablehlo.reduce"(%2496, %2497) ({
    ^bb0(%2499: tensor<f32>, %2500: tensor<f32>):
        %2501 = "stablehlo.add"(%2499, %2500) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2501) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2502 = "stablehlo.transpose"(%arg41) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2503 = "stablehlo.reverse"(%2502) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2504 = "stablehlo.convolution"(%2496, %2503) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2505 = "stablehlo.transpose"(%297) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2506 = "stablehlo.transpose"(%2496) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2507 = "stablehlo.convolution"(%2505, %2506) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2508 = "stablehlo.transpose"(%2507) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2509 = "stablehlo.multiply"(%2504, %296) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2510 = "stablehlo.multiply"(%2504, %295) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2511 = "stablehlo.multiply"(%2510, %296) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2512 = "stablehlo.subtract"(%1736, %296) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2513 = "stablehlo.multiply"(%2511, %2512) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2514 = "stablehlo.add"(%2509, %2513) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2515 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2516 = "stablehlo.reduce"(%2514, %2515) ({
    ^bb0(%2517: tensor<f32>, %2518: tensor<f32>):
        %2519 = "stablehlo.add"(%2517, %2518) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2519) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2520 = "stablehlo.multiply"(%2514, %292) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2521 = "stablehlo.multiply"(%2514, %291) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2522 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2523 = "stablehlo.reduce"(%2521, %2522) ({
    ^bb0(%2524: tensor<f32>, %2525: tensor<f32>):
        %2526 = "stablehlo.add"(%2524, %2525) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2526) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2527 = "stablehlo.reshape"(%2520) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2528 = "stablehlo.multiply"(%2527, %289) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2529 = "stablehlo.multiply"(%2527, %278) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2530 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2531 = "stablehlo.reduce"(%2529, %2530) ({
    ^bb0(%2532: tensor<f32>, %2533: tensor<f32>):
        %2534 = "stablehlo.add"(%2532, %2533) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2534) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2535 = "stablehlo.reshape"(%2531) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2536 = "stablehlo.multiply"(%2535, %288) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2537 = "stablehlo.multiply"(%2536, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2538 = "stablehlo.divide"(%2537, %287) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2539 = "stablehlo.divide"(%2538, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2540 = "stablehlo.reshape"(%2539) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2541 = "stablehlo.broadcast_in_dim"(%2540) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2542 = "stablehlo.multiply"(%2541, %278) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2543 = "stablehlo.add"(%2528, %2542) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2544 = "stablehlo.add"(%2543, %2542) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2545 = "stablehlo.negate"(%2544) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2546 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2547 = "stablehlo.reduce"(%2545, %2546) ({
    ^bb0(%2548: tensor<f32>, %2549: tensor<f32>):
        %2550 = "stablehlo.add"(%2548, %2549) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2550) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2551 = "stablehlo.reshape"(%2547) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2552 = "stablehlo.divide"(%2551, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2553 = "stablehlo.reshape"(%2552) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2554 = "stablehlo.broadcast_in_dim"(%2553) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2555 = "stablehlo.add"(%2544, %2554) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2556 = "stablehlo.reshape"(%2555) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2557 = "stablehlo.add"(%2436, %2556) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2558 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2559 = "stablehlo.reduce"(%2557, %2558) ({
    ^bb0(%2560: tensor<f32>, %2561: tensor<f32>):
        %2562 = "stablehlo.add"(%2560, %2561) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2562) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2563 = "stablehlo.transpose"(%arg37) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2564 = "stablehlo.reverse"(%2563) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2565 = "stablehlo.convolution"(%2557, %2564) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2566 = "stablehlo.transpose"(%264) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2567 = "stablehlo.transpose"(%2557) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2568 = "stablehlo.convolution"(%2566, %2567) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x1x1x32xf32>
    %2569 = "stablehlo.transpose"(%2568) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x32xf32>) -> tensor<1x1x32x32xf32>
    %2570 = "stablehlo.reshape"(%2565) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %2571 = "stablehlo.dot_general"(%2570, %242) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<4x64x32xf32>, tensor<4x64x32xf32>) -> tensor<4x64x64xf32>
    %2572 = "stablehlo.dot_general"(%2570, %262) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x64x32xf32>, tensor<4x64x64xf32>) -> tensor<4x32x64xf32>
    %2573 = "stablehlo.transpose"(%2572) {permutation = array<i64: 0, 2, 1>} : (tensor<4x32x64xf32>) -> tensor<4x64x32xf32>
    %2574 = "stablehlo.divide"(%2571, %261) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2575 = "stablehlo.multiply"(%2571, %262) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2576 = "stablehlo.divide"(%2575, %261) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2577 = "stablehlo.negate"(%2576) : (tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2578 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2579 = "stablehlo.reduce"(%2577, %2578) ({
    ^bb0(%2580: tensor<f32>, %2581: tensor<f32>):
        %2582 = "stablehlo.add"(%2580, %2581) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2582) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<4x64x64xf32>, tensor<f32>) -> tensor<4x64xf32>
    %2583 = "stablehlo.reshape"(%2579) : (tensor<4x64xf32>) -> tensor<4x64x1xf32>
    %2584 = "stablehlo.reshape"(%2583) : (tensor<4x64x1xf32>) -> tensor<4x64xf32>
    %2585 = "stablehlo.broadcast_in_dim"(%2584) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<4x64xf32>) -> tensor<4x64x64xf32>
    %2586 = "stablehlo.add"(%2574, %2585) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2587 = "stablehlo.multiply"(%2586, %254) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2588 = "stablehlo.multiply"(%2587, %244) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %2589 = "stablehlo.dot_general"(%2588, %238) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<4x64x64xf32>, tensor<4x64x32xf32>) -> tensor<4x64x32xf32>
    %2590 = "stablehlo.dot_general"(%2588, %234) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x64x64xf32>, tensor<4x64x32xf32>) -> tensor<4x64x32xf32>
    %2591 = "stablehlo.reshape"(%2573) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %2592 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2593 = "stablehlo.reduce"(%2591, %2592) ({
    ^bb0(%2594: tensor<f32>, %2595: tensor<f32>):
        %2596 = "stablehlo.add"(%2594, %2595) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2596) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2597 = "stablehlo.transpose"(%arg35) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2598 = "stablehlo.reverse"(%2597) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2599 = "stablehlo.convolution"(%2591, %2598) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2600 = "stablehlo.transpose"(%230) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2601 = "stablehlo.transpose"(%2591) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2602 = "stablehlo.convolution"(%2600, %2601) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x1x1x32xf32>
    %2603 = "stablehlo.transpose"(%2602) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x32xf32>) -> tensor<1x1x32x32xf32>
    %2604 = "stablehlo.reshape"(%2590) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %2605 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2606 = "stablehlo.reduce"(%2604, %2605) ({
    ^bb0(%2607: tensor<f32>, %2608: tensor<f32>):
        %2609 = "stablehlo.add"(%2607, %2608) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2609) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2610 = "stablehlo.transpose"(%arg33) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2611 = "stablehlo.reverse"(%2610) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2612 = "stablehlo.convolution"(%2604, %2611) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2613 = "stablehlo.transpose"(%2604) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2614 = "stablehlo.convolution"(%2600, %2613) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x1x1x32xf32>
    %2615 = "stablehlo.transpose"(%2614) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x32xf32>) -> tensor<1x1x32x32xf32>
    %2616 = "stablehlo.add"(%2599, %2612) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2617 = "stablehlo.reshape"(%2589) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %2618 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2619 = "stablehlo.reduce"(%2617, %2618) ({
    ^bb0(%2620: tensor<f32>, %2621: tensor<f32>):
        %2622 = "stablehlo.add"(%2620, %2621) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2622) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2623 = "stablehlo.transpose"(%arg31) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2624 = "stablehlo.reverse"(%2623) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %2625 = "stablehlo.convolution"(%2617, %2624) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2626 = "stablehlo.transpose"(%2617) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2627 = "stablehlo.convolution"(%2600, %2626) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x1x1x32xf32>
    %2628 = "stablehlo.transpose"(%2627) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x32xf32>) -> tensor<1x1x32x32xf32>
    %2629 = "stablehlo.add"(%2616, %2625) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2630 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2631 = "stablehlo.reduce"(%2629, %2630) ({
    ^bb0(%2632: tensor<f32>, %2633: tensor<f32>):
        %2634 = "stablehlo.add"(%2632, %2633) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2634) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2635 = "stablehlo.multiply"(%2629, %227) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2636 = "stablehlo.multiply"(%2629, %226) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2637 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2638 = "stablehlo.reduce"(%2636, %2637) ({
    ^bb0(%2639: tensor<f32>, %2640: tensor<f32>):
        %2641 = "stablehlo.add"(%2639, %2640) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2641) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2642 = "stablehlo.reshape"(%2635) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2643 = "stablehlo.multiply"(%2642, %224) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2644 = "stablehlo.multiply"(%2642, %213) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2645 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2646 = "stablehlo.reduce"(%2644, %2645) ({
    ^bb0(%2647: tensor<f32>, %2648: tensor<f32>):
        %2649 = "stablehlo.add"(%2647, %2648) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2649) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2650 = "stablehlo.reshape"(%2646) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2651 = "stablehlo.multiply"(%2650, %223) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2652 = "stablehlo.multiply"(%2651, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2653 = "stablehlo.divide"(%2652, %222) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2654 = "stablehlo.divide"(%2653, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2655 = "stablehlo.reshape"(%2654) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2656 = "stablehlo.broadcast_in_dim"(%2655) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2657 = "stablehlo.multiply"(%2656, %213) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2658 = "stablehlo.add"(%2643, %2657) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2659 = "stablehlo.add"(%2658, %2657) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2660 = "stablehlo.negate"(%2659) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2661 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2662 = "stablehlo.reduce"(%2660, %2661) ({
    ^bb0(%2663: tensor<f32>, %2664: tensor<f32>):
        %2665 = "stablehlo.add"(%2663, %2664) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2665) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2666 = "stablehlo.reshape"(%2662) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2667 = "stablehlo.divide"(%2666, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2668 = "stablehlo.reshape"(%2667) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2669 = "stablehlo.broadcast_in_dim"(%2668) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2670 = "stablehlo.add"(%2659, %2669) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2671 = "stablehlo.reshape"(%2670) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2672 = "stablehlo.add"(%2557, %2671) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2673 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2674 = "stablehlo.reduce"(%2672, %2673) ({
    ^bb0(%2675: tensor<f32>, %2676: tensor<f32>):
        %2677 = "stablehlo.add"(%2675, %2676) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2677) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2678 = "stablehlo.transpose"(%arg27) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2679 = "stablehlo.reverse"(%2678) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2680 = "stablehlo.convolution"(%2672, %2679) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2681 = "stablehlo.transpose"(%199) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2682 = "stablehlo.transpose"(%2672) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2683 = "stablehlo.convolution"(%2681, %2682) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2684 = "stablehlo.transpose"(%2683) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2685 = "stablehlo.multiply"(%2680, %198) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2686 = "stablehlo.multiply"(%2680, %197) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2687 = "stablehlo.multiply"(%2686, %198) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2688 = "stablehlo.subtract"(%1736, %198) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2689 = "stablehlo.multiply"(%2687, %2688) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2690 = "stablehlo.add"(%2685, %2689) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2691 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2692 = "stablehlo.reduce"(%2690, %2691) ({
    ^bb0(%2693: tensor<f32>, %2694: tensor<f32>):
        %2695 = "stablehlo.add"(%2693, %2694) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2695) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2696 = "stablehlo.multiply"(%2690, %194) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2697 = "stablehlo.multiply"(%2690, %193) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2698 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2699 = "stablehlo.reduce"(%2697, %2698) ({
    ^bb0(%2700: tensor<f32>, %2701: tensor<f32>):
        %2702 = "stablehlo.add"(%2700, %2701) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2702) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2703 = "stablehlo.reshape"(%2696) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2704 = "stablehlo.multiply"(%2703, %191) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2705 = "stablehlo.multiply"(%2703, %180) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2706 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2707 = "stablehlo.reduce"(%2705, %2706) ({
    ^bb0(%2708: tensor<f32>, %2709: tensor<f32>):
        %2710 = "stablehlo.add"(%2708, %2709) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2710) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2711 = "stablehlo.reshape"(%2707) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2712 = "stablehlo.multiply"(%2711, %190) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2713 = "stablehlo.multiply"(%2712, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2714 = "stablehlo.divide"(%2713, %189) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2715 = "stablehlo.divide"(%2714, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2716 = "stablehlo.reshape"(%2715) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2717 = "stablehlo.broadcast_in_dim"(%2716) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2718 = "stablehlo.multiply"(%2717, %180) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2719 = "stablehlo.add"(%2704, %2718) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2720 = "stablehlo.add"(%2719, %2718) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2721 = "stablehlo.negate"(%2720) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2722 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2723 = "stablehlo.reduce"(%2721, %2722) ({
    ^bb0(%2724: tensor<f32>, %2725: tensor<f32>):
        %2726 = "stablehlo.add"(%2724, %2725) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2726) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2727 = "stablehlo.reshape"(%2723) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2728 = "stablehlo.divide"(%2727, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2729 = "stablehlo.reshape"(%2728) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2730 = "stablehlo.broadcast_in_dim"(%2729) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2731 = "stablehlo.add"(%2720, %2730) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2732 = "stablehlo.reshape"(%2731) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2733 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2734 = "stablehlo.reduce"(%2732, %2733) ({
    ^bb0(%2735: tensor<f32>, %2736: tensor<f32>):
        %2737 = "stablehlo.add"(%2735, %2736) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2737) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2738 = "stablehlo.transpose"(%arg23) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2739 = "stablehlo.reverse"(%2738) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2740 = "stablehlo.convolution"(%2732, %2739) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2741 = "stablehlo.transpose"(%167) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2742 = "stablehlo.transpose"(%2732) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2743 = "stablehlo.convolution"(%2741, %2742) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2744 = "stablehlo.transpose"(%2743) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2745 = "stablehlo.multiply"(%2740, %166) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2746 = "stablehlo.multiply"(%2740, %165) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2747 = "stablehlo.multiply"(%2746, %166) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2748 = "stablehlo.subtract"(%1736, %166) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2749 = "stablehlo.multiply"(%2747, %2748) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2750 = "stablehlo.add"(%2745, %2749) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2751 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2752 = "stablehlo.reduce"(%2750, %2751) ({
    ^bb0(%2753: tensor<f32>, %2754: tensor<f32>):
        %2755 = "stablehlo.add"(%2753, %2754) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2755) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2756 = "stablehlo.multiply"(%2750, %162) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2757 = "stablehlo.multiply"(%2750, %161) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2758 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2759 = "stablehlo.reduce"(%2757, %2758) ({
    ^bb0(%2760: tensor<f32>, %2761: tensor<f32>):
        %2762 = "stablehlo.add"(%2760, %2761) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2762) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2763 = "stablehlo.reshape"(%2756) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2764 = "stablehlo.multiply"(%2763, %159) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2765 = "stablehlo.multiply"(%2763, %148) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2766 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2767 = "stablehlo.reduce"(%2765, %2766) ({
    ^bb0(%2768: tensor<f32>, %2769: tensor<f32>):
        %2770 = "stablehlo.add"(%2768, %2769) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2770) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2771 = "stablehlo.reshape"(%2767) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2772 = "stablehlo.multiply"(%2771, %158) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2773 = "stablehlo.multiply"(%2772, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2774 = "stablehlo.divide"(%2773, %157) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2775 = "stablehlo.divide"(%2774, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2776 = "stablehlo.reshape"(%2775) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2777 = "stablehlo.broadcast_in_dim"(%2776) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2778 = "stablehlo.multiply"(%2777, %148) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2779 = "stablehlo.add"(%2764, %2778) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2780 = "stablehlo.add"(%2779, %2778) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2781 = "stablehlo.negate"(%2780) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2782 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2783 = "stablehlo.reduce"(%2781, %2782) ({
    ^bb0(%2784: tensor<f32>, %2785: tensor<f32>):
        %2786 = "stablehlo.add"(%2784, %2785) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2786) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2787 = "stablehlo.reshape"(%2783) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2788 = "stablehlo.divide"(%2787, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2789 = "stablehlo.reshape"(%2788) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2790 = "stablehlo.broadcast_in_dim"(%2789) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2791 = "stablehlo.add"(%2780, %2790) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2792 = "stablehlo.reshape"(%2791) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2793 = "stablehlo.add"(%2672, %2792) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2794 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2795 = "stablehlo.reduce"(%2793, %2794) ({
    ^bb0(%2796: tensor<f32>, %2797: tensor<f32>):
        %2798 = "stablehlo.add"(%2796, %2797) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2798) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2799 = "stablehlo.transpose"(%arg19) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2800 = "stablehlo.reverse"(%2799) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2801 = "stablehlo.convolution"(%2793, %2800) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2802 = "stablehlo.transpose"(%134) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2803 = "stablehlo.transpose"(%2793) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2804 = "stablehlo.convolution"(%2802, %2803) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2805 = "stablehlo.transpose"(%2804) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2806 = "stablehlo.multiply"(%2801, %133) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2807 = "stablehlo.multiply"(%2801, %132) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2808 = "stablehlo.multiply"(%2807, %133) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2809 = "stablehlo.subtract"(%1736, %133) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2810 = "stablehlo.multiply"(%2808, %2809) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2811 = "stablehlo.add"(%2806, %2810) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2812 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2813 = "stablehlo.reduce"(%2811, %2812) ({
    ^bb0(%2814: tensor<f32>, %2815: tensor<f32>):
        %2816 = "stablehlo.add"(%2814, %2815) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2816) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2817 = "stablehlo.multiply"(%2811, %129) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2818 = "stablehlo.multiply"(%2811, %128) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2819 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2820 = "stablehlo.reduce"(%2818, %2819) ({
    ^bb0(%2821: tensor<f32>, %2822: tensor<f32>):
        %2823 = "stablehlo.add"(%2821, %2822) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2823) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2824 = "stablehlo.reshape"(%2817) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2825 = "stablehlo.multiply"(%2824, %126) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2826 = "stablehlo.multiply"(%2824, %115) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2827 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2828 = "stablehlo.reduce"(%2826, %2827) ({
    ^bb0(%2829: tensor<f32>, %2830: tensor<f32>):
        %2831 = "stablehlo.add"(%2829, %2830) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2831) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2832 = "stablehlo.reshape"(%2828) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2833 = "stablehlo.multiply"(%2832, %125) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2834 = "stablehlo.multiply"(%2833, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2835 = "stablehlo.divide"(%2834, %124) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2836 = "stablehlo.divide"(%2835, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2837 = "stablehlo.reshape"(%2836) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2838 = "stablehlo.broadcast_in_dim"(%2837) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2839 = "stablehlo.multiply"(%2838, %115) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2840 = "stablehlo.add"(%2825, %2839) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2841 = "stablehlo.add"(%2840, %2839) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2842 = "stablehlo.negate"(%2841) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2843 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2844 = "stablehlo.reduce"(%2842, %2843) ({
    ^bb0(%2845: tensor<f32>, %2846: tensor<f32>):
        %2847 = "stablehlo.add"(%2845, %2846) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2847) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2848 = "stablehlo.reshape"(%2844) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2849 = "stablehlo.divide"(%2848, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2850 = "stablehlo.reshape"(%2849) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2851 = "stablehlo.broadcast_in_dim"(%2850) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2852 = "stablehlo.add"(%2841, %2851) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2853 = "stablehlo.reshape"(%2852) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2854 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2855 = "stablehlo.reduce"(%2853, %2854) ({
    ^bb0(%2856: tensor<f32>, %2857: tensor<f32>):
        %2858 = "stablehlo.add"(%2856, %2857) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2858) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2859 = "stablehlo.transpose"(%arg15) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2860 = "stablehlo.reverse"(%2859) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2861 = "stablehlo.convolution"(%2853, %2860) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %2862 = "stablehlo.transpose"(%102) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x32xf32>) -> tensor<32x8x8x4xf32>
    %2863 = "stablehlo.transpose"(%2853) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2864 = "stablehlo.convolution"(%2862, %2863) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2865 = "stablehlo.transpose"(%2864) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2866 = "stablehlo.multiply"(%2861, %101) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2867 = "stablehlo.multiply"(%2861, %100) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2868 = "stablehlo.multiply"(%2867, %101) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2869 = "stablehlo.subtract"(%1736, %101) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2870 = "stablehlo.multiply"(%2868, %2869) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2871 = "stablehlo.add"(%2866, %2870) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2872 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2873 = "stablehlo.reduce"(%2871, %2872) ({
    ^bb0(%2874: tensor<f32>, %2875: tensor<f32>):
        %2876 = "stablehlo.add"(%2874, %2875) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2876) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2877 = "stablehlo.multiply"(%2871, %97) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2878 = "stablehlo.multiply"(%2871, %96) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2879 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2880 = "stablehlo.reduce"(%2878, %2879) ({
    ^bb0(%2881: tensor<f32>, %2882: tensor<f32>):
        %2883 = "stablehlo.add"(%2881, %2882) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2883) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2884 = "stablehlo.reshape"(%2877) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %2885 = "stablehlo.multiply"(%2884, %94) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2886 = "stablehlo.multiply"(%2884, %83) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2887 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2888 = "stablehlo.reduce"(%2886, %2887) ({
    ^bb0(%2889: tensor<f32>, %2890: tensor<f32>):
        %2891 = "stablehlo.add"(%2889, %2890) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2891) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2892 = "stablehlo.reshape"(%2888) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2893 = "stablehlo.multiply"(%2892, %93) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2894 = "stablehlo.multiply"(%2893, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2895 = "stablehlo.divide"(%2894, %92) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2896 = "stablehlo.divide"(%2895, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2897 = "stablehlo.reshape"(%2896) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2898 = "stablehlo.broadcast_in_dim"(%2897) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2899 = "stablehlo.multiply"(%2898, %83) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2900 = "stablehlo.add"(%2885, %2899) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2901 = "stablehlo.add"(%2900, %2899) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2902 = "stablehlo.negate"(%2901) : (tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2903 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2904 = "stablehlo.reduce"(%2902, %2903) ({
    ^bb0(%2905: tensor<f32>, %2906: tensor<f32>):
        %2907 = "stablehlo.add"(%2905, %2906) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2907) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2908 = "stablehlo.reshape"(%2904) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2909 = "stablehlo.divide"(%2908, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2910 = "stablehlo.reshape"(%2909) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2911 = "stablehlo.broadcast_in_dim"(%2910) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x64x32x1xf32>
    %2912 = "stablehlo.add"(%2901, %2911) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %2913 = "stablehlo.reshape"(%2912) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %2914 = "stablehlo.add"(%2793, %2913) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %2915 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2916 = "stablehlo.reduce"(%2914, %2915) ({
    ^bb0(%2917: tensor<f32>, %2918: tensor<f32>):
        %2919 = "stablehlo.add"(%2917, %2918) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2919) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2920 = "stablehlo.transpose"(%arg11) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2921 = "stablehlo.reverse"(%2920) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2922 = "stablehlo.convolution"(%2914, %2921) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 2, 2>, padding = dense<[[2, 1], [2, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %2923 = "stablehlo.pad"(%69, %961) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 2, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<4x18x18x32xf32>
    %2924 = "stablehlo.reshape"(%2923) : (tensor<4x18x18x32xf32>) -> tensor<4x9x2x9x2x32xf32>
    %2925 = "stablehlo.transpose"(%2924) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x9x2x9x2x32xf32>) -> tensor<4x9x9x2x2x32xf32>
    %2926 = "stablehlo.reshape"(%2925) : (tensor<4x9x9x2x2x32xf32>) -> tensor<4x9x9x128xf32>
    %2927 = "stablehlo.transpose"(%2926) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x9x9x128xf32>) -> tensor<128x9x9x4xf32>
    %2928 = "stablehlo.transpose"(%2914) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %2929 = "stablehlo.convolution"(%2927, %2928) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<128x9x9x4xf32>, tensor<8x8x4x32xf32>) -> tensor<128x2x2x32xf32>
    %2930 = "stablehlo.transpose"(%2929) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<128x2x2x32xf32>) -> tensor<2x2x128x32xf32>
    %2931 = "stablehlo.reshape"(%2930) : (tensor<2x2x128x32xf32>) -> tensor<2x2x2x2x32x32xf32>
    %2932 = "stablehlo.transpose"(%2931) {permutation = array<i64: 0, 2, 1, 3, 4, 5>} : (tensor<2x2x2x2x32x32xf32>) -> tensor<2x2x2x2x32x32xf32>
    %2933 = "stablehlo.reshape"(%2932) : (tensor<2x2x2x2x32x32xf32>) -> tensor<4x4x32x32xf32>
    %2934 = "stablehlo.slice"(%2933) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 3, 32, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2935 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2936 = "stablehlo.reduce"(%2922, %2935) ({
    ^bb0(%2937: tensor<f32>, %2938: tensor<f32>):
        %2939 = "stablehlo.add"(%2937, %2938) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2939) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2940 = "stablehlo.transpose"(%arg9) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2941 = "stablehlo.reverse"(%2940) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %2942 = "stablehlo.convolution"(%2922, %2941) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %2943 = "stablehlo.transpose"(%65) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %2944 = "stablehlo.transpose"(%2922) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %2945 = "stablehlo.convolution"(%2943, %2944) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<32x3x3x32xf32>
    %2946 = "stablehlo.transpose"(%2945) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %2947 = "stablehlo.multiply"(%2942, %64) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2948 = "stablehlo.multiply"(%2942, %63) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2949 = "stablehlo.multiply"(%2948, %64) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2950 = "stablehlo.subtract"(%1414, %64) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2951 = "stablehlo.multiply"(%2949, %2950) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2952 = "stablehlo.add"(%2947, %2951) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2953 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2954 = "stablehlo.reduce"(%2952, %2953) ({
    ^bb0(%2955: tensor<f32>, %2956: tensor<f32>):
        %2957 = "stablehlo.add"(%2955, %2956) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2957) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2958 = "stablehlo.multiply"(%2952, %60) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2959 = "stablehlo.multiply"(%2952, %59) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2960 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2961 = "stablehlo.reduce"(%2959, %2960) ({
    ^bb0(%2962: tensor<f32>, %2963: tensor<f32>):
        %2964 = "stablehlo.add"(%2962, %2963) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2964) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2965 = "stablehlo.reshape"(%2958) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %2966 = "stablehlo.multiply"(%2965, %57) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %2967 = "stablehlo.multiply"(%2965, %46) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %2968 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2969 = "stablehlo.reduce"(%2967, %2968) ({
    ^bb0(%2970: tensor<f32>, %2971: tensor<f32>):
        %2972 = "stablehlo.add"(%2970, %2971) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2972) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2973 = "stablehlo.reshape"(%2969) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2974 = "stablehlo.multiply"(%2973, %56) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2975 = "stablehlo.multiply"(%2974, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2976 = "stablehlo.divide"(%2975, %55) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2977 = "stablehlo.divide"(%2976, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2978 = "stablehlo.reshape"(%2977) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2979 = "stablehlo.broadcast_in_dim"(%2978) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %2980 = "stablehlo.multiply"(%2979, %46) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %2981 = "stablehlo.add"(%2966, %2980) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %2982 = "stablehlo.add"(%2981, %2980) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %2983 = "stablehlo.negate"(%2982) : (tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %2984 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2985 = "stablehlo.reduce"(%2983, %2984) ({
    ^bb0(%2986: tensor<f32>, %2987: tensor<f32>):
        %2988 = "stablehlo.add"(%2986, %2987) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2988) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %2989 = "stablehlo.reshape"(%2985) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2990 = "stablehlo.divide"(%2989, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %2991 = "stablehlo.reshape"(%2990) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %2992 = "stablehlo.broadcast_in_dim"(%2991) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %2993 = "stablehlo.add"(%2982, %2992) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %2994 = "stablehlo.reshape"(%2993) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %2995 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2996 = "stablehlo.reduce"(%2994, %2995) ({
    ^bb0(%2997: tensor<f32>, %2998: tensor<f32>):
        %2999 = "stablehlo.add"(%2997, %2998) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2999) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %3000 = "stablehlo.transpose"(%arg5) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3001 = "stablehlo.reverse"(%3000) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x32xf32>) -> tensor<3x3x32x32xf32>
    %3002 = "stablehlo.convolution"(%2994, %3001) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %3003 = "stablehlo.transpose"(%33) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %3004 = "stablehlo.transpose"(%2994) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %3005 = "stablehlo.convolution"(%3003, %3004) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<32x3x3x32xf32>
    %3006 = "stablehlo.transpose"(%3005) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x32xf32>) -> tensor<3x3x32x32xf32>
    %3007 = "stablehlo.multiply"(%3002, %32) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3008 = "stablehlo.multiply"(%3002, %31) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3009 = "stablehlo.multiply"(%3008, %32) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3010 = "stablehlo.subtract"(%1414, %32) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3011 = "stablehlo.multiply"(%3009, %3010) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3012 = "stablehlo.add"(%3007, %3011) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3013 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3014 = "stablehlo.reduce"(%3012, %3013) ({
    ^bb0(%3015: tensor<f32>, %3016: tensor<f32>):
        %3017 = "stablehlo.add"(%3015, %3016) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3017) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %3018 = "stablehlo.multiply"(%3012, %28) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3019 = "stablehlo.multiply"(%3012, %27) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3020 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3021 = "stablehlo.reduce"(%3019, %3020) ({
    ^bb0(%3022: tensor<f32>, %3023: tensor<f32>):
        %3024 = "stablehlo.add"(%3022, %3023) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3024) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %3025 = "stablehlo.reshape"(%3018) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %3026 = "stablehlo.multiply"(%3025, %25) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3027 = "stablehlo.multiply"(%3025, %13) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3028 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3029 = "stablehlo.reduce"(%3027, %3028) ({
    ^bb0(%3030: tensor<f32>, %3031: tensor<f32>):
        %3032 = "stablehlo.add"(%3030, %3031) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3032) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %3033 = "stablehlo.reshape"(%3029) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3034 = "stablehlo.multiply"(%3033, %24) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3035 = "stablehlo.multiply"(%3034, %1440) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3036 = "stablehlo.divide"(%3035, %23) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3037 = "stablehlo.divide"(%3036, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3038 = "stablehlo.reshape"(%3037) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %3039 = "stablehlo.broadcast_in_dim"(%3038) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %3040 = "stablehlo.multiply"(%3039, %13) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3041 = "stablehlo.add"(%3026, %3040) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3042 = "stablehlo.add"(%3041, %3040) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3043 = "stablehlo.negate"(%3042) : (tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3044 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3045 = "stablehlo.reduce"(%3043, %3044) ({
    ^bb0(%3046: tensor<f32>, %3047: tensor<f32>):
        %3048 = "stablehlo.add"(%3046, %3047) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3048) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32x1xf32>
    %3049 = "stablehlo.reshape"(%3045) : (tensor<4x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3050 = "stablehlo.divide"(%3049, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %3051 = "stablehlo.reshape"(%3050) : (tensor<4x1x32x1xf32>) -> tensor<4x32xf32>
    %3052 = "stablehlo.broadcast_in_dim"(%3051) {broadcast_dimensions = array<i64: 0, 2>} : (tensor<4x32xf32>) -> tensor<4x256x32x1xf32>
    %3053 = "stablehlo.add"(%3042, %3052) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %3054 = "stablehlo.reshape"(%3053) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %3055 = "stablehlo.add"(%2922, %3054) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %3056 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %3057 = "stablehlo.reduce"(%3055, %3056) ({
    ^bb0(%3058: tensor<f32>, %3059: tensor<f32>):
        %3060 = "stablehlo.add"(%3058, %3059) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%3060) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %3061 = "stablehlo.transpose"(%arg0) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x3xf32>) -> tensor<3x16x16x4xf32>
    %3062 = "stablehlo.transpose"(%3055) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %3063 = "stablehlo.convolution"(%3061, %3062) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<3x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<3x3x3x32xf32>
    %3064 = "stablehlo.transpose"(%3063) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<3x3x3x32xf32>) -> tensor<3x3x3x32xf32>
    return %1199, %1178, %1178, %1193, %427, %416, %424, %450, %460, %1194, %3064, %3057, %3021, %3014, %3006, %2996, %2961, %2954, %2946, %2936, %2934, %2916, %2880, %2873, %2865, %2855, %2820, %2813, %2805, %2795, %2759, %2752, %2744, %2734, %2699, %2692, %2684, %2674, %2638, %2631, %2628, %2619, %2615, %2606, %2603, %2593, %2569, %2559, %2523, %2516, %2508, %2498, %2463, %2456, %2448, %2438, %2403, %2396, %2388, %2378, %2376, %2366, %2361, %2344, %2334, %2332, %2322, %2286, %2279, %2271, %2261, %2226, %2219, %2211, %2201, %2165, %2158, %2155, %2146, %2142, %2133, %2130, %2120, %2096, %2086, %2050, %2043, %2035, %2025, %1990, %1983, %1975, %1965, %1929, %1922, %1914, %1904, %1869, %1862, %1854, %1844, %1808, %1801, %1793, %1783, %1748, %1741, %1732, %1722, %1714, %1704, %1668, %1661, %1653, %1643, %1608, %1601, %1593, %1583, %1547, %1540, %1532, %1522, %1487, %1480, %1472, %1462, %1426, %1419, %1410, %1400 : tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<3x3x3x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x16xf32>, tensor<16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<32x16xf32>, tensor<1x1x16x16xf32>, tensor<16xf32>, tensor<3x3x16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<1x1x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<3x3x32x3xf32>, tensor<3xf32>
  }
}
