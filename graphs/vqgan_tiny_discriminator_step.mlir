module @vqgan_discriminator_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<4x16x16x3xf32>, %arg1: tensor<2xui32>, %arg2: tensor<3x3x3x32xf32>, %arg3: tensor<32xf32>, %arg4: tensor<32xf32>, %arg5: tensor<32xf32>, %arg6: tensor<3x3x32x32xf32>, %arg7: tensor<32xf32>, %arg8: tensor<32xf32>, %arg9: tensor<32xf32>, %arg10: tensor<3x3x32x32xf32>, %arg11: tensor<32xf32>, %arg12: tensor<3x3x32x32xf32>, %arg13: tensor<32xf32>, %arg14: tensor<32xf32>, %arg15: tensor<32xf32>, %arg16: tensor<3x3x32x32xf32>, %arg17: tensor<32xf32>, %arg18: tensor<32xf32>, %arg19: tensor<32xf32>, %arg20: tensor<3x3x32x32xf32>, %arg21: tensor<32xf32>, %arg22: tensor<32xf32>, %arg23: tensor<32xf32>, %arg24: tensor<3x3x32x32xf32>, %arg25: tensor<32xf32>, %arg26: tensor<32xf32>, %arg27: tensor<32xf32>, %arg28: tensor<3x3x32x32xf32>, %arg29: tensor<32xf32>, %arg30: tensor<32xf32>, %arg31: tensor<32xf32>, %arg32: tensor<1x1x32x32xf32>, %arg33: tensor<32xf32>, %arg34: tensor<1x1x32x32xf32>, %arg35: tensor<32xf32>, %arg36: tensor<1x1x32x32xf32>, %arg37: tensor<32xf32>, %arg38: tensor<1x1x32x32xf32>, %arg39: tensor<32xf32>, %arg40: tensor<32xf32>, %arg41: tensor<32xf32>, %arg42: tensor<3x3x32x32xf32>, %arg43: tensor<32xf32>, %arg44: tensor<32xf32>, %arg45: tensor<32xf32>, %arg46: tensor<3x3x32x32xf32>, %arg47: tensor<32xf32>, %arg48: tensor<32xf32>, %arg49: tensor<32xf32>, %arg50: tensor<3x3x32x16xf32>, %arg51: tensor<16xf32>, %arg52: tensor<1x1x16x16xf32>, %arg53: tensor<16xf32>, %arg54: tensor<32x16xf32>, %arg55: tensor<1x1x16x16xf32>, %arg56: tensor<16xf32>, %arg57: tensor<3x3x16x32xf32>, %arg58: tensor<32xf32>, %arg59: tensor<32xf32>, %arg60: tensor<32xf32>, %arg61: tensor<3x3x32x32xf32>, %arg62: tensor<32xf32>, %arg63: tensor<32xf32>, %arg64: tensor<32xf32>, %arg65: tensor<3x3x32x32xf32>, %arg66: tensor<32xf32>, %arg67: tensor<32xf32>, %arg68: tensor<32xf32>, %arg69: tensor<1x1x32x32xf32>, %arg70: tensor<32xf32>, %arg71: tensor<1x1x32x32xf32>, %arg72: tensor<32xf32>, %arg73: tensor<1x1x32x32xf32>, %arg74: tensor<32xf32>, %arg75: tensor<1x1x32x32xf32>, %arg76: tensor<32xf32>, %arg77: tensor<32xf32>, %arg78: tensor<32xf32>, %arg79: tensor<3x3x32x32xf32>, %arg80: tensor<32xf32>, %arg81: tensor<32xf32>, %arg82: tensor<32xf32>, %arg83: tensor<3x3x32x32xf32>, %arg84: tensor<32xf32>, %arg85: tensor<32xf32>, %arg86: tensor<32xf32>, %arg87: tensor<3x3x32x32xf32>, %arg88: tensor<32xf32>, %arg89: tensor<32xf32>, %arg90: tensor<32xf32>, %arg91: tensor<3x3x32x32xf32>, %arg92: tensor<32xf32>, %arg93: tensor<32xf32>, %arg94: tensor<32xf32>, %arg95: tensor<3x3x32x32xf32>, %arg96: tensor<32xf32>, %arg97: tensor<32xf32>, %arg98: tensor<32xf32>, %arg99: tensor<3x3x32x32xf32>, %arg100: tensor<32xf32>, %arg101: tensor<3x3x32x32xf32>, %arg102: tensor<32xf32>, %arg103: tensor<32xf32>, %arg104: tensor<32xf32>, %arg105: tensor<3x3x32x32xf32>, %arg106: tensor<32xf32>, %arg107: tensor<32xf32>, %arg108: tensor<32xf32>, %arg109: tensor<3x3x32x32xf32>, %arg110: tensor<32xf32>, %arg111: tensor<32xf32>, %arg112: tensor<32xf32>, %arg113: tensor<3x3x32x32xf32>, %arg114: tensor<32xf32>, %arg115: tensor<32xf32>, %arg116: tensor<32xf32>, %arg117: tensor<3x3x32x32xf32>, %arg118: tensor<32xf32>, %arg119: tensor<32xf32>, %arg120: tensor<32xf32>, %arg121: tensor<3x3x32x3xf32>, %arg122: tensor<3xf32>, %arg123: tensor<1x1x3x8xf32> {tf.aliasing_output = 0 : i32}, %arg124: tensor<8xf32> {tf.aliasing_output = 1 : i32}, %arg125: tensor<3x3x8x32xf32> {tf.aliasing_output = 2 : i32}, %arg126: tensor<32xf32> {tf.aliasing_output = 3 : i32}, %arg127: tensor<3x3x32x16xf32> {tf.aliasing_output = 4 : i32}, %arg128: tensor<16xf32> {tf.aliasing_output = 5 : i32}, %arg129: tensor<1x1x8x16xf32> {tf.aliasing_output = 6 : i32}, %arg130: tensor<16xf32> {tf.aliasing_output = 7 : i32}, %arg131: tensor<3x3x16x64xf32> {tf.aliasing_output = 8 : i32}, %arg132: tensor<64xf32> {tf.aliasing_output = 9 : i32}, %arg133: tensor<3x3x64x32xf32> {tf.aliasing_output = 10 : i32}, %arg134: tensor<32xf32> {tf.aliasing_output = 11 : i32}, %arg135: tensor<1x1x16x32xf32> {tf.aliasing_output = 12 : i32}, %arg136: tensor<32xf32> {tf.aliasing_output = 13 : i32}, %arg137: tensor<3x3x33x32xf32> {tf.aliasing_output = 14 : i32}, %arg138: tensor<32xf32> {tf.aliasing_output = 15 : i32}, %arg139: tensor<128x64xf32> {tf.aliasing_output = 16 : i32}, %arg140: tensor<64xf32> {tf.aliasing_output = 17 : i32}, %arg141: tensor<64x1xf32> {tf.aliasing_output = 18 : i32}, %arg142: tensor<1xf32> {tf.aliasing_output = 19 : i32}, %arg143: tensor<i32> {tf.aliasing_output = 20 : i32}, %arg144: tensor<1x1x3x8xf32> {tf.aliasing_output = 21 : i32}, %arg145: tensor<8xf32> {tf.aliasing_output = 22 : i32}, %arg146: tensor<3x3x8x32xf32> {tf.aliasing_output = 23 : i32}, %arg147: tensor<32xf32> {tf.aliasing_output = 24 : i32}, %arg148: tensor<3x3x32x16xf32> {tf.aliasing_output = 25 : i32}, %arg149: tensor<16xf32> {tf.aliasing_output = 26 : i32}, %arg150: tensor<1x1x8x16xf32> {tf.aliasing_output = 27 : i32}, %arg151: tensor<16xf32> {tf.aliasing_output = 28 : i32}, %arg152: tensor<3x3x16x64xf32> {tf.aliasing_output = 29 : i32}, %arg153: tensor<64xf32> {tf.aliasing_output = 30 : i32}, %arg154: tensor<3x3x64x32xf32> {tf.aliasing_output = 31 : i32}, %arg155: tensor<32xf32> {tf.aliasing_output = 32 : i32}, %arg156: tensor<1x1x16x32xf32> {tf.aliasing_output = 33 : i32}, %arg157: tensor<32xf32> {tf.aliasing_output = 34 : i32}, %arg158: tensor<3x3x33x32xf32> {tf.aliasing_output = 35 : i32}, %arg159: tensor<32xf32> {tf.aliasing_output = 36 : i32}, %arg160: tensor<128x64xf32> {tf.aliasing_output = 37 : i32}, %arg161: tensor<64xf32> {tf.aliasing_output = 38 : i32}, %arg162: tensor<64x1xf32> {tf.aliasing_output = 39 : i32}, %arg163: tensor<1xf32> {tf.aliasing_output = 40 : i32}, %arg164: tensor<1x1x3x8xf32> {tf.aliasing_output = 41 : i32}, %arg165: tensor<8xf32> {tf.aliasing_output = 42 : i32}, %arg166: tensor<3x3x8x32xf32> {tf.aliasing_output = 43 : i32}, %arg167: tensor<32xf32> {tf.aliasing_output = 44 : i32}, %arg168: tensor<3x3x32x16xf32> {tf.aliasing_output = 45 : i32}, %arg169: tensor<16xf32> {tf.aliasing_output = 46 : i32}, %arg170: tensor<1x1x8x16xf32> {tf.aliasing_output = 47 : i32}, %arg171: tensor<16xf32> {tf.aliasing_output = 48 : i32}, %arg172: tensor<3x3x16x64xf32> {tf.aliasing_output = 49 : i32}, %arg173: tensor<64xf32> {tf.aliasing_output = 50 : i32}, %arg174: tensor<3x3x64x32xf32> {tf.aliasing_output = 51 : i32}, %arg175: tensor<32xf32> {tf.aliasing_output = 52 : i32}, %arg176: tensor<1x1x16x32xf32> {tf.aliasing_output = 53 : i32}, %arg177: tensor<32xf32> {tf.aliasing_output = 54 : i32}, %arg178: tensor<3x3x33x32xf32> {tf.aliasing_output = 55 : i32}, %arg179: tensor<32xf32> {tf.aliasing_output = 56 : i32}, %arg180: tensor<128x64xf32> {tf.aliasing_output = 57 : i32}, %arg181: tensor<64xf32> {tf.aliasing_output = 58 : i32}, %arg182: tensor<64x1xf32> {tf.aliasing_output = 59 : i32}, %arg183: tensor<1xf32> {tf.aliasing_output = 60 : i32}) -> (tensor<1x1x3x8xf32>, tensor<8xf32>, tensor<3x3x8x32xf32>, tensor<32xf32>, tensor<3x3x32x16xf32>, tensor<16xf32>, tensor<1x1x8x16xf32>, tensor<16xf32>, tensor<3x3x16x64xf32>, tensor<64xf32>, tensor<3x3x64x32xf32>, tensor<32xf32>, tensor<1x1x16x32xf32>, tensor<32xf32>, tensor<3x3x33x32xf32>, tensor<32xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x1xf32>, tensor<1xf32>, tensor<i32>, tensor<1x1x3x8xf32>, tensor<8xf32>, tensor<3x3x8x32xf32>, tensor<32xf32>, tensor<3x3x32x16xf32>, tensor<16xf32>, tensor<1x1x8x16xf32>, tensor<16xf32>, tensor<3x3x16x64xf32>, tensor<64xf32>, tensor<3x3x64x32xf32>, tensor<32xf32>, tensor<1x1x16x32xf32>, tensor<32xf32>, tensor<3x3x33x32xf32>, tensor<32xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x1xf32>, tensor<1xf32>, tensor<1x1x3x8xf32>, tensor<8xf32>, tensor<3x3x8x32xf32>, tensor<32xf32>, tensor<3x3x32x16xf32>, tensor<16xf32>, tensor<1x1x8x16xf32>, tensor<16xf32>, tensor<3x3x16x64xf32>, tensor<64xf32>, tensor<3x3x64x32xf32>, tensor<32xf32>, tensor<1x1x16x32xf32>, tensor<32xf32>, tensor<3x3x33x32xf32>, tensor<32xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x1xf32>, tensor<1xf32>, tensor<8xf32>) {
    %0 = "stablehlo.convolution"(%arg0, %arg2) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x3xf32>, tensor<3x3x3x32xf32>) -> tensor<4x16x16x32xf32>
    %1 = "stablehlo.broadcast_in_dim"(%arg3) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
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
    %28 = "stablehlo.broadcast_in_dim"(%arg4) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %29 = "stablehlo.multiply"(%27, %28) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %30 = "stablehlo.broadcast_in_dim"(%arg5) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %31 = "stablehlo.add"(%29, %30) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %32 = "stablehlo.logistic"(%31) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %33 = "stablehlo.multiply"(%31, %32) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %34 = "stablehlo.convolution"(%33, %arg6) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %35 = "stablehlo.broadcast_in_dim"(%arg7) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
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
    %60 = "stablehlo.broadcast_in_dim"(%arg8) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %61 = "stablehlo.multiply"(%59, %60) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %62 = "stablehlo.broadcast_in_dim"(%arg9) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %63 = "stablehlo.add"(%61, %62) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %64 = "stablehlo.logistic"(%63) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %65 = "stablehlo.multiply"(%63, %64) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %66 = "stablehlo.convolution"(%65, %arg10) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %67 = "stablehlo.broadcast_in_dim"(%arg11) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %68 = "stablehlo.add"(%66, %67) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %69 = "stablehlo.add"(%2, %68) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %70 = "stablehlo.convolution"(%69, %arg12) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 1], [0, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %71 = "stablehlo.broadcast_in_dim"(%arg13) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %97 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %98 = "stablehlo.multiply"(%96, %97) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %99 = "stablehlo.broadcast_in_dim"(%arg15) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %100 = "stablehlo.add"(%98, %99) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %101 = "stablehlo.logistic"(%100) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %102 = "stablehlo.multiply"(%100, %101) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %103 = "stablehlo.convolution"(%102, %arg16) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %104 = "stablehlo.broadcast_in_dim"(%arg17) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %129 = "stablehlo.broadcast_in_dim"(%arg18) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %130 = "stablehlo.multiply"(%128, %129) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %131 = "stablehlo.broadcast_in_dim"(%arg19) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %132 = "stablehlo.add"(%130, %131) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %133 = "stablehlo.logistic"(%132) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %134 = "stablehlo.multiply"(%132, %133) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %135 = "stablehlo.convolution"(%134, %arg20) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %136 = "stablehlo.broadcast_in_dim"(%arg21) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %162 = "stablehlo.broadcast_in_dim"(%arg22) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %163 = "stablehlo.multiply"(%161, %162) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %164 = "stablehlo.broadcast_in_dim"(%arg23) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %165 = "stablehlo.add"(%163, %164) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %166 = "stablehlo.logistic"(%165) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %167 = "stablehlo.multiply"(%165, %166) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %168 = "stablehlo.convolution"(%167, %arg24) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %169 = "stablehlo.broadcast_in_dim"(%arg25) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %194 = "stablehlo.broadcast_in_dim"(%arg26) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %195 = "stablehlo.multiply"(%193, %194) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %196 = "stablehlo.broadcast_in_dim"(%arg27) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %197 = "stablehlo.add"(%195, %196) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %198 = "stablehlo.logistic"(%197) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %199 = "stablehlo.multiply"(%197, %198) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %200 = "stablehlo.convolution"(%199, %arg28) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %201 = "stablehlo.broadcast_in_dim"(%arg29) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %227 = "stablehlo.broadcast_in_dim"(%arg30) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %228 = "stablehlo.multiply"(%226, %227) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %229 = "stablehlo.broadcast_in_dim"(%arg31) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %230 = "stablehlo.add"(%228, %229) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %231 = "stablehlo.convolution"(%230, %arg32) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %232 = "stablehlo.broadcast_in_dim"(%arg33) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %233 = "stablehlo.add"(%231, %232) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %234 = "stablehlo.reshape"(%233) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %235 = "stablehlo.convolution"(%230, %arg34) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %236 = "stablehlo.broadcast_in_dim"(%arg35) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %237 = "stablehlo.add"(%235, %236) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %238 = "stablehlo.reshape"(%237) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %239 = "stablehlo.convolution"(%230, %arg36) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %240 = "stablehlo.broadcast_in_dim"(%arg37) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %265 = "stablehlo.convolution"(%264, %arg38) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %266 = "stablehlo.broadcast_in_dim"(%arg39) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %292 = "stablehlo.broadcast_in_dim"(%arg40) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %293 = "stablehlo.multiply"(%291, %292) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %294 = "stablehlo.broadcast_in_dim"(%arg41) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %295 = "stablehlo.add"(%293, %294) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %296 = "stablehlo.logistic"(%295) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %297 = "stablehlo.multiply"(%295, %296) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %298 = "stablehlo.convolution"(%297, %arg42) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %299 = "stablehlo.broadcast_in_dim"(%arg43) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %324 = "stablehlo.broadcast_in_dim"(%arg44) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %325 = "stablehlo.multiply"(%323, %324) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %326 = "stablehlo.broadcast_in_dim"(%arg45) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %327 = "stablehlo.add"(%325, %326) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %328 = "stablehlo.logistic"(%327) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %329 = "stablehlo.multiply"(%327, %328) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %330 = "stablehlo.convolution"(%329, %arg46) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %331 = "stablehlo.broadcast_in_dim"(%arg47) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
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
    %357 = "stablehlo.broadcast_in_dim"(%arg48) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %358 = "stablehlo.multiply"(%356, %357) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %359 = "stablehlo.broadcast_in_dim"(%arg49) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %360 = "stablehlo.add"(%358, %359) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %361 = "stablehlo.logistic"(%360) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %362 = "stablehlo.multiply"(%360, %361) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %363 = "stablehlo.convolution"(%362, %arg50) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x16xf32>) -> tensor<4x8x8x16xf32>
    %364 = "stablehlo.broadcast_in_dim"(%arg51) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %365 = "stablehlo.add"(%363, %364) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %366 = "stablehlo.convolution"(%365, %arg52) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x16xf32>) -> tensor<4x8x8x16xf32>
    %367 = "stablehlo.broadcast_in_dim"(%arg53) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %368 = "stablehlo.add"(%366, %367) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %369 = "stablehlo.reshape"(%368) : (tensor<4x8x8x16xf32>) -> tensor<256x16xf32>
    %370 = "stablehlo.dot_general"(%369, %arg54) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<256x16xf32>, tensor<32x16xf32>) -> tensor<256x32xf32>
    %371 = "stablehlo.multiply"(%369, %369) : (tensor<256x16xf32>, tensor<256x16xf32>) -> tensor<256x16xf32>
    %372 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %373 = "stablehlo.reduce"(%371, %372) ({
    ^bb0(%374: tensor<f32>, %375: tensor<f32>):
        %376 = "stablehlo.add"(%374, %375) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%376) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<256x16xf32>, tensor<f32>) -> tensor<256xf32>
    %377 = "stablehlo.reshape"(%373) : (tensor<256xf32>) -> tensor<256x1xf32>
    %378 = "stablehlo.multiply"(%arg54, %arg54) : (tensor<32x16xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
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
    %406 = "stablehlo.gather"(%arg54, %402) {dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>} : (tensor<32x16xf32>, tensor<256xi32>) -> tensor<256x16xf32>
    %407 = "stablehlo.reshape"(%406) : (tensor<256x16xf32>) -> tensor<4x8x8x16xf32>
    %408 = "stablehlo.subtract"(%407, %368) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %409 = "stablehlo.add"(%368, %408) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %410 = "stablehlo.convolution"(%409, %arg55) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x16xf32>) -> tensor<4x8x8x16xf32>
    %411 = "stablehlo.broadcast_in_dim"(%arg56) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %412 = "stablehlo.add"(%410, %411) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %413 = "stablehlo.convolution"(%412, %arg57) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<3x3x16x32xf32>) -> tensor<4x8x8x32xf32>
    %414 = "stablehlo.broadcast_in_dim"(%arg58) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %415 = "stablehlo.add"(%413, %414) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %416 = "stablehlo.reshape"(%415) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %417 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %418 = "stablehlo.reduce"(%416, %417) ({
    ^bb0(%419: tensor<f32>, %420: tensor<f32>):
        %421 = "stablehlo.add"(%419, %420) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%421) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %422 = "stablehlo.reshape"(%418) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %423 = "stablehlo.divide"(%422, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %424 = "stablehlo.broadcast_in_dim"(%423) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %425 = "stablehlo.subtract"(%416, %424) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %426 = "stablehlo.multiply"(%425, %425) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %427 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %428 = "stablehlo.reduce"(%426, %427) ({
    ^bb0(%429: tensor<f32>, %430: tensor<f32>):
        %431 = "stablehlo.add"(%429, %430) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%431) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %432 = "stablehlo.reshape"(%428) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %433 = "stablehlo.divide"(%432, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %434 = "stablehlo.add"(%433, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %435 = "stablehlo.rsqrt"(%434) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %436 = "stablehlo.broadcast_in_dim"(%435) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %437 = "stablehlo.multiply"(%425, %436) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %438 = "stablehlo.reshape"(%437) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %439 = "stablehlo.broadcast_in_dim"(%arg59) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %440 = "stablehlo.multiply"(%438, %439) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %441 = "stablehlo.broadcast_in_dim"(%arg60) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %442 = "stablehlo.add"(%440, %441) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %443 = "stablehlo.logistic"(%442) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %444 = "stablehlo.multiply"(%442, %443) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %445 = "stablehlo.convolution"(%444, %arg61) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %446 = "stablehlo.broadcast_in_dim"(%arg62) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %447 = "stablehlo.add"(%445, %446) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %448 = "stablehlo.reshape"(%447) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %449 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %450 = "stablehlo.reduce"(%448, %449) ({
    ^bb0(%451: tensor<f32>, %452: tensor<f32>):
        %453 = "stablehlo.add"(%451, %452) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%453) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %454 = "stablehlo.reshape"(%450) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %455 = "stablehlo.divide"(%454, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %456 = "stablehlo.broadcast_in_dim"(%455) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %457 = "stablehlo.subtract"(%448, %456) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %458 = "stablehlo.multiply"(%457, %457) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %459 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %460 = "stablehlo.reduce"(%458, %459) ({
    ^bb0(%461: tensor<f32>, %462: tensor<f32>):
        %463 = "stablehlo.add"(%461, %462) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%463) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %464 = "stablehlo.reshape"(%460) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %465 = "stablehlo.divide"(%464, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %466 = "stablehlo.add"(%465, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %467 = "stablehlo.rsqrt"(%466) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %468 = "stablehlo.broadcast_in_dim"(%467) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %469 = "stablehlo.multiply"(%457, %468) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %470 = "stablehlo.reshape"(%469) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %471 = "stablehlo.broadcast_in_dim"(%arg63) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %472 = "stablehlo.multiply"(%470, %471) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %473 = "stablehlo.broadcast_in_dim"(%arg64) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %474 = "stablehlo.add"(%472, %473) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %475 = "stablehlo.logistic"(%474) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %476 = "stablehlo.multiply"(%474, %475) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %477 = "stablehlo.convolution"(%476, %arg65) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %478 = "stablehlo.broadcast_in_dim"(%arg66) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %479 = "stablehlo.add"(%477, %478) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %480 = "stablehlo.add"(%415, %479) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %481 = "stablehlo.reshape"(%480) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %482 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %483 = "stablehlo.reduce"(%481, %482) ({
    ^bb0(%484: tensor<f32>, %485: tensor<f32>):
        %486 = "stablehlo.add"(%484, %485) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%486) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %487 = "stablehlo.reshape"(%483) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %488 = "stablehlo.divide"(%487, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %489 = "stablehlo.broadcast_in_dim"(%488) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %490 = "stablehlo.subtract"(%481, %489) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %491 = "stablehlo.multiply"(%490, %490) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %492 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %493 = "stablehlo.reduce"(%491, %492) ({
    ^bb0(%494: tensor<f32>, %495: tensor<f32>):
        %496 = "stablehlo.add"(%494, %495) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%496) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %497 = "stablehlo.reshape"(%493) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %498 = "stablehlo.divide"(%497, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %499 = "stablehlo.add"(%498, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %500 = "stablehlo.rsqrt"(%499) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %501 = "stablehlo.broadcast_in_dim"(%500) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %502 = "stablehlo.multiply"(%490, %501) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %503 = "stablehlo.reshape"(%502) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %504 = "stablehlo.broadcast_in_dim"(%arg67) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %505 = "stablehlo.multiply"(%503, %504) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %506 = "stablehlo.broadcast_in_dim"(%arg68) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %507 = "stablehlo.add"(%505, %506) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %508 = "stablehlo.convolution"(%507, %arg69) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %509 = "stablehlo.broadcast_in_dim"(%arg70) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %510 = "stablehlo.add"(%508, %509) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %511 = "stablehlo.reshape"(%510) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %512 = "stablehlo.convolution"(%507, %arg71) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %513 = "stablehlo.broadcast_in_dim"(%arg72) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %514 = "stablehlo.add"(%512, %513) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %515 = "stablehlo.reshape"(%514) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %516 = "stablehlo.convolution"(%507, %arg73) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %517 = "stablehlo.broadcast_in_dim"(%arg74) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %518 = "stablehlo.add"(%516, %517) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %519 = "stablehlo.reshape"(%518) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32xf32>
    %520 = "stablehlo.dot_general"(%511, %515) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<4x64x32xf32>, tensor<4x64x32xf32>) -> tensor<4x64x64xf32>
    %521 = "stablehlo.multiply"(%520, %244) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %522 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %523 = "stablehlo.reduce"(%521, %522) ({
    ^bb0(%524: tensor<f32>, %525: tensor<f32>):
        %526 = "stablehlo.maximum"(%524, %525) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%526) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<4x64x64xf32>, tensor<f32>) -> tensor<4x64xf32>
    %527 = "stablehlo.reshape"(%523) : (tensor<4x64xf32>) -> tensor<4x64x1xf32>
    %528 = "stablehlo.broadcast_in_dim"(%527) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<4x64x1xf32>) -> tensor<4x64x64xf32>
    %529 = "stablehlo.subtract"(%521, %528) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %530 = "stablehlo.exponential"(%529) : (tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %531 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %532 = "stablehlo.reduce"(%530, %531) ({
    ^bb0(%533: tensor<f32>, %534: tensor<f32>):
        %535 = "stablehlo.add"(%533, %534) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%535) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<4x64x64xf32>, tensor<f32>) -> tensor<4x64xf32>
    %536 = "stablehlo.reshape"(%532) : (tensor<4x64xf32>) -> tensor<4x64x1xf32>
    %537 = "stablehlo.broadcast_in_dim"(%536) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<4x64x1xf32>) -> tensor<4x64x64xf32>
    %538 = "stablehlo.divide"(%530, %537) : (tensor<4x64x64xf32>, tensor<4x64x64xf32>) -> tensor<4x64x64xf32>
    %539 = "stablehlo.dot_general"(%538, %519) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<4x64x64xf32>, tensor<4x64x32xf32>) -> tensor<4x64x32xf32>
    %540 = "stablehlo.reshape"(%539) : (tensor<4x64x32xf32>) -> tensor<4x8x8x32xf32>
    %541 = "stablehlo.convolution"(%540, %arg75) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x32xf32>) -> tensor<4x8x8x32xf32>
    %542 = "stablehlo.broadcast_in_dim"(%arg76) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %543 = "stablehlo.add"(%541, %542) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %544 = "stablehlo.add"(%480, %543) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %545 = "stablehlo.reshape"(%544) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %546 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %547 = "stablehlo.reduce"(%545, %546) ({
    ^bb0(%548: tensor<f32>, %549: tensor<f32>):
        %550 = "stablehlo.add"(%548, %549) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%550) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %551 = "stablehlo.reshape"(%547) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %552 = "stablehlo.divide"(%551, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %553 = "stablehlo.broadcast_in_dim"(%552) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %554 = "stablehlo.subtract"(%545, %553) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %555 = "stablehlo.multiply"(%554, %554) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %556 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %557 = "stablehlo.reduce"(%555, %556) ({
    ^bb0(%558: tensor<f32>, %559: tensor<f32>):
        %560 = "stablehlo.add"(%558, %559) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%560) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %561 = "stablehlo.reshape"(%557) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %562 = "stablehlo.divide"(%561, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %563 = "stablehlo.add"(%562, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %564 = "stablehlo.rsqrt"(%563) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %565 = "stablehlo.broadcast_in_dim"(%564) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %566 = "stablehlo.multiply"(%554, %565) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %567 = "stablehlo.reshape"(%566) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %568 = "stablehlo.broadcast_in_dim"(%arg77) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %569 = "stablehlo.multiply"(%567, %568) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %570 = "stablehlo.broadcast_in_dim"(%arg78) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %571 = "stablehlo.add"(%569, %570) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %572 = "stablehlo.logistic"(%571) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %573 = "stablehlo.multiply"(%571, %572) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %574 = "stablehlo.convolution"(%573, %arg79) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %575 = "stablehlo.broadcast_in_dim"(%arg80) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %576 = "stablehlo.add"(%574, %575) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %577 = "stablehlo.reshape"(%576) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %578 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %579 = "stablehlo.reduce"(%577, %578) ({
    ^bb0(%580: tensor<f32>, %581: tensor<f32>):
        %582 = "stablehlo.add"(%580, %581) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%582) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %583 = "stablehlo.reshape"(%579) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %584 = "stablehlo.divide"(%583, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %585 = "stablehlo.broadcast_in_dim"(%584) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %586 = "stablehlo.subtract"(%577, %585) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %587 = "stablehlo.multiply"(%586, %586) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %588 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %589 = "stablehlo.reduce"(%587, %588) ({
    ^bb0(%590: tensor<f32>, %591: tensor<f32>):
        %592 = "stablehlo.add"(%590, %591) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%592) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %593 = "stablehlo.reshape"(%589) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %594 = "stablehlo.divide"(%593, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %595 = "stablehlo.add"(%594, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %596 = "stablehlo.rsqrt"(%595) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %597 = "stablehlo.broadcast_in_dim"(%596) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %598 = "stablehlo.multiply"(%586, %597) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %599 = "stablehlo.reshape"(%598) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %600 = "stablehlo.broadcast_in_dim"(%arg81) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %601 = "stablehlo.multiply"(%599, %600) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %602 = "stablehlo.broadcast_in_dim"(%arg82) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %603 = "stablehlo.add"(%601, %602) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %604 = "stablehlo.logistic"(%603) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %605 = "stablehlo.multiply"(%603, %604) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %606 = "stablehlo.convolution"(%605, %arg83) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %607 = "stablehlo.broadcast_in_dim"(%arg84) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %608 = "stablehlo.add"(%606, %607) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %609 = "stablehlo.add"(%544, %608) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %610 = "stablehlo.reshape"(%609) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %611 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %612 = "stablehlo.reduce"(%610, %611) ({
    ^bb0(%613: tensor<f32>, %614: tensor<f32>):
        %615 = "stablehlo.add"(%613, %614) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%615) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %616 = "stablehlo.reshape"(%612) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %617 = "stablehlo.divide"(%616, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %618 = "stablehlo.broadcast_in_dim"(%617) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %619 = "stablehlo.subtract"(%610, %618) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %620 = "stablehlo.multiply"(%619, %619) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %621 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %622 = "stablehlo.reduce"(%620, %621) ({
    ^bb0(%623: tensor<f32>, %624: tensor<f32>):
        %625 = "stablehlo.add"(%623, %624) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%625) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %626 = "stablehlo.reshape"(%622) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %627 = "stablehlo.divide"(%626, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %628 = "stablehlo.add"(%627, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %629 = "stablehlo.rsqrt"(%628) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %630 = "stablehlo.broadcast_in_dim"(%629) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %631 = "stablehlo.multiply"(%619, %630) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %632 = "stablehlo.reshape"(%631) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %633 = "stablehlo.broadcast_in_dim"(%arg85) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %634 = "stablehlo.multiply"(%632, %633) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %635 = "stablehlo.broadcast_in_dim"(%arg86) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %636 = "stablehlo.add"(%634, %635) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %637 = "stablehlo.logistic"(%636) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %638 = "stablehlo.multiply"(%636, %637) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %639 = "stablehlo.convolution"(%638, %arg87) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %640 = "stablehlo.broadcast_in_dim"(%arg88) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %641 = "stablehlo.add"(%639, %640) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %642 = "stablehlo.reshape"(%641) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %643 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %644 = "stablehlo.reduce"(%642, %643) ({
    ^bb0(%645: tensor<f32>, %646: tensor<f32>):
        %647 = "stablehlo.add"(%645, %646) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%647) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %648 = "stablehlo.reshape"(%644) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %649 = "stablehlo.divide"(%648, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %650 = "stablehlo.broadcast_in_dim"(%649) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %651 = "stablehlo.subtract"(%642, %650) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %652 = "stablehlo.multiply"(%651, %651) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %653 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %654 = "stablehlo.reduce"(%652, %653) ({
    ^bb0(%655: tensor<f32>, %656: tensor<f32>):
        %657 = "stablehlo.add"(%655, %656) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%657) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %658 = "stablehlo.reshape"(%654) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %659 = "stablehlo.divide"(%658, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %660 = "stablehlo.add"(%659, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %661 = "stablehlo.rsqrt"(%660) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %662 = "stablehlo.broadcast_in_dim"(%661) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %663 = "stablehlo.multiply"(%651, %662) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %664 = "stablehlo.reshape"(%663) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %665 = "stablehlo.broadcast_in_dim"(%arg89) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %666 = "stablehlo.multiply"(%664, %665) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %667 = "stablehlo.broadcast_in_dim"(%arg90) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %668 = "stablehlo.add"(%666, %667) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %669 = "stablehlo.logistic"(%668) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %670 = "stablehlo.multiply"(%668, %669) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %671 = "stablehlo.convolution"(%670, %arg91) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %672 = "stablehlo.broadcast_in_dim"(%arg92) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %673 = "stablehlo.add"(%671, %672) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %674 = "stablehlo.add"(%609, %673) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %675 = "stablehlo.reshape"(%674) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %676 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %677 = "stablehlo.reduce"(%675, %676) ({
    ^bb0(%678: tensor<f32>, %679: tensor<f32>):
        %680 = "stablehlo.add"(%678, %679) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%680) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %681 = "stablehlo.reshape"(%677) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %682 = "stablehlo.divide"(%681, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %683 = "stablehlo.broadcast_in_dim"(%682) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %684 = "stablehlo.subtract"(%675, %683) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %685 = "stablehlo.multiply"(%684, %684) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %686 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %687 = "stablehlo.reduce"(%685, %686) ({
    ^bb0(%688: tensor<f32>, %689: tensor<f32>):
        %690 = "stablehlo.add"(%688, %689) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%690) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %691 = "stablehlo.reshape"(%687) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %692 = "stablehlo.divide"(%691, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %693 = "stablehlo.add"(%692, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %694 = "stablehlo.rsqrt"(%693) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %695 = "stablehlo.broadcast_in_dim"(%694) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %696 = "stablehlo.multiply"(%684, %695) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %697 = "stablehlo.reshape"(%696) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %698 = "stablehlo.broadcast_in_dim"(%arg93) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %699 = "stablehlo.multiply"(%697, %698) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %700 = "stablehlo.broadcast_in_dim"(%arg94) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %701 = "stablehlo.add"(%699, %700) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %702 = "stablehlo.logistic"(%701) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %703 = "stablehlo.multiply"(%701, %702) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %704 = "stablehlo.convolution"(%703, %arg95) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %705 = "stablehlo.broadcast_in_dim"(%arg96) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %706 = "stablehlo.add"(%704, %705) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %707 = "stablehlo.reshape"(%706) : (tensor<4x8x8x32xf32>) -> tensor<4x64x32x1xf32>
    %708 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %709 = "stablehlo.reduce"(%707, %708) ({
    ^bb0(%710: tensor<f32>, %711: tensor<f32>):
        %712 = "stablehlo.add"(%710, %711) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%712) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %713 = "stablehlo.reshape"(%709) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %714 = "stablehlo.divide"(%713, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %715 = "stablehlo.broadcast_in_dim"(%714) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %716 = "stablehlo.subtract"(%707, %715) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %717 = "stablehlo.multiply"(%716, %716) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %718 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %719 = "stablehlo.reduce"(%717, %718) ({
    ^bb0(%720: tensor<f32>, %721: tensor<f32>):
        %722 = "stablehlo.add"(%720, %721) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%722) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x64x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %723 = "stablehlo.reshape"(%719) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %724 = "stablehlo.divide"(%723, %80) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %725 = "stablehlo.add"(%724, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %726 = "stablehlo.rsqrt"(%725) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %727 = "stablehlo.broadcast_in_dim"(%726) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x64x32x1xf32>
    %728 = "stablehlo.multiply"(%716, %727) : (tensor<4x64x32x1xf32>, tensor<4x64x32x1xf32>) -> tensor<4x64x32x1xf32>
    %729 = "stablehlo.reshape"(%728) : (tensor<4x64x32x1xf32>) -> tensor<4x8x8x32xf32>
    %730 = "stablehlo.broadcast_in_dim"(%arg97) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %731 = "stablehlo.multiply"(%729, %730) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %732 = "stablehlo.broadcast_in_dim"(%arg98) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %733 = "stablehlo.add"(%731, %732) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %734 = "stablehlo.logistic"(%733) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %735 = "stablehlo.multiply"(%733, %734) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %736 = "stablehlo.convolution"(%735, %arg99) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x8x8x32xf32>
    %737 = "stablehlo.broadcast_in_dim"(%arg100) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x8x8x32xf32>
    %738 = "stablehlo.add"(%736, %737) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %739 = "stablehlo.add"(%674, %738) : (tensor<4x8x8x32xf32>, tensor<4x8x8x32xf32>) -> tensor<4x8x8x32xf32>
    %740 = "stablehlo.broadcast_in_dim"(%739) {broadcast_dimensions = array<i64: 0, 1, 3, 5>} : (tensor<4x8x8x32xf32>) -> tensor<4x8x2x8x2x32xf32>
    %741 = "stablehlo.reshape"(%740) : (tensor<4x8x2x8x2x32xf32>) -> tensor<4x16x16x32xf32>
    %742 = "stablehlo.convolution"(%741, %arg101) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %743 = "stablehlo.broadcast_in_dim"(%arg102) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %744 = "stablehlo.add"(%742, %743) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %745 = "stablehlo.reshape"(%744) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %746 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %747 = "stablehlo.reduce"(%745, %746) ({
    ^bb0(%748: tensor<f32>, %749: tensor<f32>):
        %750 = "stablehlo.add"(%748, %749) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%750) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %751 = "stablehlo.reshape"(%747) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %752 = "stablehlo.divide"(%751, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %753 = "stablehlo.broadcast_in_dim"(%752) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %754 = "stablehlo.subtract"(%745, %753) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %755 = "stablehlo.multiply"(%754, %754) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %756 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %757 = "stablehlo.reduce"(%755, %756) ({
    ^bb0(%758: tensor<f32>, %759: tensor<f32>):
        %760 = "stablehlo.add"(%758, %759) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%760) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %761 = "stablehlo.reshape"(%757) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %762 = "stablehlo.divide"(%761, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %763 = "stablehlo.add"(%762, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %764 = "stablehlo.rsqrt"(%763) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %765 = "stablehlo.broadcast_in_dim"(%764) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %766 = "stablehlo.multiply"(%754, %765) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %767 = "stablehlo.reshape"(%766) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %768 = "stablehlo.broadcast_in_dim"(%arg103) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %769 = "stablehlo.multiply"(%767, %768) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %770 = "stablehlo.broadcast_in_dim"(%arg104) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %771 = "stablehlo.add"(%769, %770) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %772 = "stablehlo.logistic"(%771) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %773 = "stablehlo.multiply"(%771, %772) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %774 = "stablehlo.convolution"(%773, %arg105) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %775 = "stablehlo.broadcast_in_dim"(%arg106) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %776 = "stablehlo.add"(%774, %775) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %777 = "stablehlo.reshape"(%776) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %778 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %779 = "stablehlo.reduce"(%777, %778) ({
    ^bb0(%780: tensor<f32>, %781: tensor<f32>):
        %782 = "stablehlo.add"(%780, %781) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%782) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %783 = "stablehlo.reshape"(%779) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %784 = "stablehlo.divide"(%783, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %785 = "stablehlo.broadcast_in_dim"(%784) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %786 = "stablehlo.subtract"(%777, %785) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %787 = "stablehlo.multiply"(%786, %786) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %788 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %789 = "stablehlo.reduce"(%787, %788) ({
    ^bb0(%790: tensor<f32>, %791: tensor<f32>):
        %792 = "stablehlo.add"(%790, %791) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%792) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %793 = "stablehlo.reshape"(%789) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %794 = "stablehlo.divide"(%793, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %795 = "stablehlo.add"(%794, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %796 = "stablehlo.rsqrt"(%795) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %797 = "stablehlo.broadcast_in_dim"(%796) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %798 = "stablehlo.multiply"(%786, %797) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %799 = "stablehlo.reshape"(%798) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %800 = "stablehlo.broadcast_in_dim"(%arg107) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %801 = "stablehlo.multiply"(%799, %800) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %802 = "stablehlo.broadcast_in_dim"(%arg108) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %803 = "stablehlo.add"(%801, %802) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %804 = "stablehlo.logistic"(%803) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %805 = "stablehlo.multiply"(%803, %804) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %806 = "stablehlo.convolution"(%805, %arg109) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %807 = "stablehlo.broadcast_in_dim"(%arg110) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %808 = "stablehlo.add"(%806, %807) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %809 = "stablehlo.add"(%744, %808) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %810 = "stablehlo.reshape"(%809) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %811 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %812 = "stablehlo.reduce"(%810, %811) ({
    ^bb0(%813: tensor<f32>, %814: tensor<f32>):
        %815 = "stablehlo.add"(%813, %814) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%815) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %816 = "stablehlo.reshape"(%812) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %817 = "stablehlo.divide"(%816, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %818 = "stablehlo.broadcast_in_dim"(%817) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %819 = "stablehlo.subtract"(%810, %818) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %820 = "stablehlo.multiply"(%819, %819) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %821 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %822 = "stablehlo.reduce"(%820, %821) ({
    ^bb0(%823: tensor<f32>, %824: tensor<f32>):
        %825 = "stablehlo.add"(%823, %824) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%825) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %826 = "stablehlo.reshape"(%822) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %827 = "stablehlo.divide"(%826, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %828 = "stablehlo.add"(%827, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %829 = "stablehlo.rsqrt"(%828) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %830 = "stablehlo.broadcast_in_dim"(%829) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %831 = "stablehlo.multiply"(%819, %830) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %832 = "stablehlo.reshape"(%831) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %833 = "stablehlo.broadcast_in_dim"(%arg111) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %834 = "stablehlo.multiply"(%832, %833) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %835 = "stablehlo.broadcast_in_dim"(%arg112) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %836 = "stablehlo.add"(%834, %835) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %837 = "stablehlo.logistic"(%836) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %838 = "stablehlo.multiply"(%836, %837) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %839 = "stablehlo.convolution"(%838, %arg113) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %840 = "stablehlo.broadcast_in_dim"(%arg114) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %841 = "stablehlo.add"(%839, %840) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %842 = "stablehlo.reshape"(%841) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %843 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %844 = "stablehlo.reduce"(%842, %843) ({
    ^bb0(%845: tensor<f32>, %846: tensor<f32>):
        %847 = "stablehlo.add"(%845, %846) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%847) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %848 = "stablehlo.reshape"(%844) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %849 = "stablehlo.divide"(%848, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %850 = "stablehlo.broadcast_in_dim"(%849) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %851 = "stablehlo.subtract"(%842, %850) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %852 = "stablehlo.multiply"(%851, %851) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %853 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %854 = "stablehlo.reduce"(%852, %853) ({
    ^bb0(%855: tensor<f32>, %856: tensor<f32>):
        %857 = "stablehlo.add"(%855, %856) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%857) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %858 = "stablehlo.reshape"(%854) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %859 = "stablehlo.divide"(%858, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %860 = "stablehlo.add"(%859, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %861 = "stablehlo.rsqrt"(%860) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %862 = "stablehlo.broadcast_in_dim"(%861) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %863 = "stablehlo.multiply"(%851, %862) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %864 = "stablehlo.reshape"(%863) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %865 = "stablehlo.broadcast_in_dim"(%arg115) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %866 = "stablehlo.multiply"(%864, %865) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %867 = "stablehlo.broadcast_in_dim"(%arg116) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %868 = "stablehlo.add"(%866, %867) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %869 = "stablehlo.logistic"(%868) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %870 = "stablehlo.multiply"(%868, %869) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %871 = "stablehlo.convolution"(%870, %arg117) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x32xf32>) -> tensor<4x16x16x32xf32>
    %872 = "stablehlo.broadcast_in_dim"(%arg118) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %873 = "stablehlo.add"(%871, %872) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %874 = "stablehlo.add"(%809, %873) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %875 = "stablehlo.reshape"(%874) : (tensor<4x16x16x32xf32>) -> tensor<4x256x32x1xf32>
    %876 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %877 = "stablehlo.reduce"(%875, %876) ({
    ^bb0(%878: tensor<f32>, %879: tensor<f32>):
        %880 = "stablehlo.add"(%878, %879) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%880) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %881 = "stablehlo.reshape"(%877) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %882 = "stablehlo.divide"(%881, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %883 = "stablehlo.broadcast_in_dim"(%882) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %884 = "stablehlo.subtract"(%875, %883) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %885 = "stablehlo.multiply"(%884, %884) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %886 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %887 = "stablehlo.reduce"(%885, %886) ({
    ^bb0(%888: tensor<f32>, %889: tensor<f32>):
        %890 = "stablehlo.add"(%888, %889) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%890) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 3>} : (tensor<4x256x32x1xf32>, tensor<f32>) -> tensor<4x32xf32>
    %891 = "stablehlo.reshape"(%887) : (tensor<4x32xf32>) -> tensor<4x1x32x1xf32>
    %892 = "stablehlo.divide"(%891, %10) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %893 = "stablehlo.add"(%892, %22) : (tensor<4x1x32x1xf32>, tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %894 = "stablehlo.rsqrt"(%893) : (tensor<4x1x32x1xf32>) -> tensor<4x1x32x1xf32>
    %895 = "stablehlo.broadcast_in_dim"(%894) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x1x32x1xf32>) -> tensor<4x256x32x1xf32>
    %896 = "stablehlo.multiply"(%884, %895) : (tensor<4x256x32x1xf32>, tensor<4x256x32x1xf32>) -> tensor<4x256x32x1xf32>
    %897 = "stablehlo.reshape"(%896) : (tensor<4x256x32x1xf32>) -> tensor<4x16x16x32xf32>
    %898 = "stablehlo.broadcast_in_dim"(%arg119) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %899 = "stablehlo.multiply"(%897, %898) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %900 = "stablehlo.broadcast_in_dim"(%arg120) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %901 = "stablehlo.add"(%899, %900) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %902 = "stablehlo.logistic"(%901) : (tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %903 = "stablehlo.multiply"(%901, %902) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %904 = "stablehlo.convolution"(%903, %arg121) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x3xf32>) -> tensor<4x16x16x3xf32>
    %905 = "stablehlo.broadcast_in_dim"(%arg122) {broadcast_dimensions = array<i64: 3>} : (tensor<3xf32>) -> tensor<4x16x16x3xf32>
    %906 = "stablehlo.add"(%904, %905) : (tensor<4x16x16x3xf32>, tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %907 = "stablehlo.convolution"(%arg0, %arg123) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x3xf32>, tensor<1x1x3x8xf32>) -> tensor<4x16x16x8xf32>
    %908 = "stablehlo.broadcast_in_dim"(%arg124) {broadcast_dimensions = array<i64: 3>} : (tensor<8xf32>) -> tensor<4x16x16x8xf32>
    %909 = "stablehlo.add"(%907, %908) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %910 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %911 = "stablehlo.broadcast_in_dim"(%910) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x16x16x8xf32>
    %912 = "stablehlo.compare"(%909, %911) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xi1>
    %913 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x16x16x8xf32>} : () -> tensor<4x16x16x8xf32>
    %914 = "stablehlo.multiply"(%909, %913) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %915 = "stablehlo.select"(%912, %909, %914) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %916 = "stablehlo.convolution"(%915, %arg125) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x8xf32>, tensor<3x3x8x32xf32>) -> tensor<4x16x16x32xf32>
    %917 = "stablehlo.broadcast_in_dim"(%arg126) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x16x16x32xf32>
    %918 = "stablehlo.add"(%916, %917) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %919 = "stablehlo.broadcast_in_dim"(%910) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x16x16x32xf32>
    %920 = "stablehlo.compare"(%918, %919) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xi1>
    %921 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x16x16x32xf32>} : () -> tensor<4x16x16x32xf32>
    %922 = "stablehlo.multiply"(%918, %921) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %923 = "stablehlo.select"(%920, %918, %922) : (tensor<4x16x16x32xi1>, tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %924 = "stablehlo.pad"(%923, %910) {edge_padding_low = array<i64: 0, 2, 2, 0>, edge_padding_high = array<i64: 0, 2, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %925 = "stablehlo.slice"(%924) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 17, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %926 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x17x20x32xf32>} : () -> tensor<4x17x20x32xf32>
    %927 = "stablehlo.multiply"(%925, %926) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %928 = "stablehlo.slice"(%924) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 18, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %929 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x17x20x32xf32>} : () -> tensor<4x17x20x32xf32>
    %930 = "stablehlo.multiply"(%928, %929) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %931 = "stablehlo.add"(%927, %930) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %932 = "stablehlo.slice"(%924) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 19, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %933 = "stablehlo.multiply"(%932, %929) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %934 = "stablehlo.add"(%931, %933) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %935 = "stablehlo.slice"(%924) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 20, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %936 = "stablehlo.multiply"(%935, %926) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %937 = "stablehlo.add"(%934, %936) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %938 = "stablehlo.slice"(%937) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 17, 17, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %939 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x17x17x32xf32>} : () -> tensor<4x17x17x32xf32>
    %940 = "stablehlo.multiply"(%938, %939) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %941 = "stablehlo.slice"(%937) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 17, 18, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %942 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x17x17x32xf32>} : () -> tensor<4x17x17x32xf32>
    %943 = "stablehlo.multiply"(%941, %942) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %944 = "stablehlo.add"(%940, %943) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %945 = "stablehlo.slice"(%937) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 17, 19, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %946 = "stablehlo.multiply"(%945, %942) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %947 = "stablehlo.add"(%944, %946) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %948 = "stablehlo.slice"(%937) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 17, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %949 = "stablehlo.multiply"(%948, %939) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %950 = "stablehlo.add"(%947, %949) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %951 = "stablehlo.convolution"(%950, %arg127) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x17x17x32xf32>, tensor<3x3x32x16xf32>) -> tensor<4x8x8x16xf32>
    %952 = "stablehlo.broadcast_in_dim"(%arg128) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %953 = "stablehlo.add"(%951, %952) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %954 = "stablehlo.broadcast_in_dim"(%910) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x8x8x16xf32>
    %955 = "stablehlo.compare"(%953, %954) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xi1>
    %956 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x8x8x16xf32>} : () -> tensor<4x8x8x16xf32>
    %957 = "stablehlo.multiply"(%953, %956) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %958 = "stablehlo.select"(%955, %953, %957) : (tensor<4x8x8x16xi1>, tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %959 = "stablehlo.pad"(%915, %910) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x16x16x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %960 = "stablehlo.slice"(%959) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 15, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %961 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x15x18x8xf32>} : () -> tensor<4x15x18x8xf32>
    %962 = "stablehlo.multiply"(%960, %961) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %963 = "stablehlo.slice"(%959) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 16, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %964 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x15x18x8xf32>} : () -> tensor<4x15x18x8xf32>
    %965 = "stablehlo.multiply"(%963, %964) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %966 = "stablehlo.add"(%962, %965) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %967 = "stablehlo.slice"(%959) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 17, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %968 = "stablehlo.multiply"(%967, %964) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %969 = "stablehlo.add"(%966, %968) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %970 = "stablehlo.slice"(%959) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 18, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %971 = "stablehlo.multiply"(%970, %961) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %972 = "stablehlo.add"(%969, %971) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %973 = "stablehlo.slice"(%972) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 15, 15, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %974 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x15x15x8xf32>} : () -> tensor<4x15x15x8xf32>
    %975 = "stablehlo.multiply"(%973, %974) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %976 = "stablehlo.slice"(%972) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 15, 16, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %977 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x15x15x8xf32>} : () -> tensor<4x15x15x8xf32>
    %978 = "stablehlo.multiply"(%976, %977) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %979 = "stablehlo.add"(%975, %978) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %980 = "stablehlo.slice"(%972) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 15, 17, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %981 = "stablehlo.multiply"(%980, %977) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %982 = "stablehlo.add"(%979, %981) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %983 = "stablehlo.slice"(%972) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 15, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %984 = "stablehlo.multiply"(%983, %974) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %985 = "stablehlo.add"(%982, %984) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %986 = "stablehlo.convolution"(%985, %arg129) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x15x15x8xf32>, tensor<1x1x8x16xf32>) -> tensor<4x8x8x16xf32>
    %987 = "stablehlo.broadcast_in_dim"(%arg130) {broadcast_dimensions = array<i64: 3>} : (tensor<16xf32>) -> tensor<4x8x8x16xf32>
    %988 = "stablehlo.add"(%986, %987) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %989 = "stablehlo.add"(%958, %988) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %990 = "stablehlo.constant"() {value = dense<0.70710677> : tensor<4x8x8x16xf32>} : () -> tensor<4x8x8x16xf32>
    %991 = "stablehlo.multiply"(%989, %990) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %992 = "stablehlo.convolution"(%991, %arg131) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<3x3x16x64xf32>) -> tensor<4x8x8x64xf32>
    %993 = "stablehlo.broadcast_in_dim"(%arg132) {broadcast_dimensions = array<i64: 3>} : (tensor<64xf32>) -> tensor<4x8x8x64xf32>
    %994 = "stablehlo.add"(%992, %993) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %995 = "stablehlo.broadcast_in_dim"(%910) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x8x8x64xf32>
    %996 = "stablehlo.compare"(%994, %995) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xi1>
    %997 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x8x8x64xf32>} : () -> tensor<4x8x8x64xf32>
    %998 = "stablehlo.multiply"(%994, %997) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %999 = "stablehlo.select"(%996, %994, %998) : (tensor<4x8x8x64xi1>, tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1000 = "stablehlo.pad"(%999, %910) {edge_padding_low = array<i64: 0, 2, 2, 0>, edge_padding_high = array<i64: 0, 2, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x8x8x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1001 = "stablehlo.slice"(%1000) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 9, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1002 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x9x12x64xf32>} : () -> tensor<4x9x12x64xf32>
    %1003 = "stablehlo.multiply"(%1001, %1002) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1004 = "stablehlo.slice"(%1000) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 10, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1005 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x9x12x64xf32>} : () -> tensor<4x9x12x64xf32>
    %1006 = "stablehlo.multiply"(%1004, %1005) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1007 = "stablehlo.add"(%1003, %1006) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1008 = "stablehlo.slice"(%1000) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 11, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1009 = "stablehlo.multiply"(%1008, %1005) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1010 = "stablehlo.add"(%1007, %1009) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1011 = "stablehlo.slice"(%1000) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 12, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1012 = "stablehlo.multiply"(%1011, %1002) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1013 = "stablehlo.add"(%1010, %1012) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1014 = "stablehlo.slice"(%1013) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 9, 9, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1015 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x9x9x64xf32>} : () -> tensor<4x9x9x64xf32>
    %1016 = "stablehlo.multiply"(%1014, %1015) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1017 = "stablehlo.slice"(%1013) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 9, 10, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1018 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x9x9x64xf32>} : () -> tensor<4x9x9x64xf32>
    %1019 = "stablehlo.multiply"(%1017, %1018) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1020 = "stablehlo.add"(%1016, %1019) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1021 = "stablehlo.slice"(%1013) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 9, 11, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1022 = "stablehlo.multiply"(%1021, %1018) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1023 = "stablehlo.add"(%1020, %1022) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1024 = "stablehlo.slice"(%1013) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 9, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1025 = "stablehlo.multiply"(%1024, %1015) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1026 = "stablehlo.add"(%1023, %1025) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1027 = "stablehlo.convolution"(%1026, %arg133) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x9x9x64xf32>, tensor<3x3x64x32xf32>) -> tensor<4x4x4x32xf32>
    %1028 = "stablehlo.broadcast_in_dim"(%arg134) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x4x4x32xf32>
    %1029 = "stablehlo.add"(%1027, %1028) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1030 = "stablehlo.broadcast_in_dim"(%910) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x4x4x32xf32>
    %1031 = "stablehlo.compare"(%1029, %1030) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xi1>
    %1032 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x4x4x32xf32>} : () -> tensor<4x4x4x32xf32>
    %1033 = "stablehlo.multiply"(%1029, %1032) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1034 = "stablehlo.select"(%1031, %1029, %1033) : (tensor<4x4x4x32xi1>, tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1035 = "stablehlo.pad"(%991, %910) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1036 = "stablehlo.slice"(%1035) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 7, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1037 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x7x10x16xf32>} : () -> tensor<4x7x10x16xf32>
    %1038 = "stablehlo.multiply"(%1036, %1037) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1039 = "stablehlo.slice"(%1035) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 8, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1040 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x7x10x16xf32>} : () -> tensor<4x7x10x16xf32>
    %1041 = "stablehlo.multiply"(%1039, %1040) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1042 = "stablehlo.add"(%1038, %1041) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1043 = "stablehlo.slice"(%1035) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 9, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1044 = "stablehlo.multiply"(%1043, %1040) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1045 = "stablehlo.add"(%1042, %1044) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1046 = "stablehlo.slice"(%1035) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 10, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1047 = "stablehlo.multiply"(%1046, %1037) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1048 = "stablehlo.add"(%1045, %1047) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1049 = "stablehlo.slice"(%1048) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 7, 7, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1050 = "stablehlo.constant"() {value = dense<0.125> : tensor<4x7x7x16xf32>} : () -> tensor<4x7x7x16xf32>
    %1051 = "stablehlo.multiply"(%1049, %1050) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1052 = "stablehlo.slice"(%1048) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 7, 8, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1053 = "stablehlo.constant"() {value = dense<0.375> : tensor<4x7x7x16xf32>} : () -> tensor<4x7x7x16xf32>
    %1054 = "stablehlo.multiply"(%1052, %1053) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1055 = "stablehlo.add"(%1051, %1054) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1056 = "stablehlo.slice"(%1048) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 7, 9, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1057 = "stablehlo.multiply"(%1056, %1053) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1058 = "stablehlo.add"(%1055, %1057) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1059 = "stablehlo.slice"(%1048) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 7, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1060 = "stablehlo.multiply"(%1059, %1050) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1061 = "stablehlo.add"(%1058, %1060) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1062 = "stablehlo.convolution"(%1061, %arg135) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x7x7x16xf32>, tensor<1x1x16x32xf32>) -> tensor<4x4x4x32xf32>
    %1063 = "stablehlo.broadcast_in_dim"(%arg136) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x4x4x32xf32>
    %1064 = "stablehlo.add"(%1062, %1063) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1065 = "stablehlo.add"(%1034, %1064) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1066 = "stablehlo.constant"() {value = dense<0.70710677> : tensor<4x4x4x32xf32>} : () -> tensor<4x4x4x32xf32>
    %1067 = "stablehlo.multiply"(%1065, %1066) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1068 = "stablehlo.reshape"(%1067) : (tensor<4x4x4x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1069 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1070 = "stablehlo.reduce"(%1068, %1069) ({
    ^bb0(%1071: tensor<f32>, %1072: tensor<f32>):
        %1073 = "stablehlo.add"(%1071, %1072) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1073) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x4x4x4x1x32xf32>, tensor<f32>) -> tensor<1x4x4x1x32xf32>
    %1074 = "stablehlo.constant"() {value = dense<4.0> : tensor<1x4x4x1x32xf32>} : () -> tensor<1x4x4x1x32xf32>
    %1075 = "stablehlo.divide"(%1070, %1074) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1076 = "stablehlo.reshape"(%1075) : (tensor<1x4x4x1x32xf32>) -> tensor<1x1x4x4x1x32xf32>
    %1077 = "stablehlo.broadcast_in_dim"(%1076) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4, 5>} : (tensor<1x1x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1078 = "stablehlo.subtract"(%1068, %1077) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1079 = "stablehlo.multiply"(%1078, %1078) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1080 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1081 = "stablehlo.reduce"(%1079, %1080) ({
    ^bb0(%1082: tensor<f32>, %1083: tensor<f32>):
        %1084 = "stablehlo.add"(%1082, %1083) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1084) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x4x4x4x1x32xf32>, tensor<f32>) -> tensor<1x4x4x1x32xf32>
    %1085 = "stablehlo.divide"(%1081, %1074) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1086 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<1x4x4x1x32xf32>} : () -> tensor<1x4x4x1x32xf32>
    %1087 = "stablehlo.add"(%1085, %1086) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1088 = "stablehlo.sqrt"(%1087) : (tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1089 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1090 = "stablehlo.reduce"(%1088, %1089) ({
    ^bb0(%1091: tensor<f32>, %1092: tensor<f32>):
        %1093 = "stablehlo.add"(%1091, %1092) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1093) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 2, 4>} : (tensor<1x4x4x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %1094 = "stablehlo.constant"() {value = dense<512.0> : tensor<1x1xf32>} : () -> tensor<1x1xf32>
    %1095 = "stablehlo.divide"(%1090, %1094) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %1096 = "stablehlo.broadcast_in_dim"(%1095) {broadcast_dimensions = array<i64: 1, 4>} : (tensor<1x1xf32>) -> tensor<4x1x4x4x1xf32>
    %1097 = "stablehlo.reshape"(%1096) : (tensor<4x1x4x4x1xf32>) -> tensor<4x4x4x1xf32>
    %1098 = "stablehlo.concatenate"(%1067, %1097) {dimension = 3 : i64} : (tensor<4x4x4x32xf32>, tensor<4x4x4x1xf32>) -> tensor<4x4x4x33xf32>
    %1099 = "stablehlo.convolution"(%1098, %arg137) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x33xf32>, tensor<3x3x33x32xf32>) -> tensor<4x2x2x32xf32>
    %1100 = "stablehlo.broadcast_in_dim"(%arg138) {broadcast_dimensions = array<i64: 3>} : (tensor<32xf32>) -> tensor<4x2x2x32xf32>
    %1101 = "stablehlo.add"(%1099, %1100) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1102 = "stablehlo.broadcast_in_dim"(%910) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x2x2x32xf32>
    %1103 = "stablehlo.compare"(%1101, %1102) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xi1>
    %1104 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x2x2x32xf32>} : () -> tensor<4x2x2x32xf32>
    %1105 = "stablehlo.multiply"(%1101, %1104) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1106 = "stablehlo.select"(%1103, %1101, %1105) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1107 = "stablehlo.reshape"(%1106) : (tensor<4x2x2x32xf32>) -> tensor<4x128xf32>
    %1108 = "stablehlo.dot_general"(%1107, %arg139) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<4x128xf32>, tensor<128x64xf32>) -> tensor<4x64xf32>
    %1109 = "stablehlo.broadcast_in_dim"(%arg140) {broadcast_dimensions = array<i64: 1>} : (tensor<64xf32>) -> tensor<4x64xf32>
    %1110 = "stablehlo.add"(%1108, %1109) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1111 = "stablehlo.broadcast_in_dim"(%910) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x64xf32>
    %1112 = "stablehlo.compare"(%1110, %1111) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xi1>
    %1113 = "stablehlo.constant"() {value = dense<0.01> : tensor<4x64xf32>} : () -> tensor<4x64xf32>
    %1114 = "stablehlo.multiply"(%1110, %1113) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1115 = "stablehlo.select"(%1112, %1110, %1114) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1116 = "stablehlo.dot_general"(%1115, %arg141) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<4x64xf32>, tensor<64x1xf32>) -> tensor<4x1xf32>
    %1117 = "stablehlo.broadcast_in_dim"(%arg142) {broadcast_dimensions = array<i64: 1>} : (tensor<1xf32>) -> tensor<4x1xf32>
    %1118 = "stablehlo.add"(%1116, %1117) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1119 = "stablehlo.convolution"(%906, %arg123) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x3xf32>, tensor<1x1x3x8xf32>) -> tensor<4x16x16x8xf32>
    %1120 = "stablehlo.add"(%1119, %908) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1121 = "stablehlo.compare"(%1120, %911) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xi1>
    %1122 = "stablehlo.multiply"(%1120, %913) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1123 = "stablehlo.select"(%1121, %1120, %1122) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1124 = "stablehlo.convolution"(%1123, %arg125) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x8xf32>, tensor<3x3x8x32xf32>) -> tensor<4x16x16x32xf32>
    %1125 = "stablehlo.add"(%1124, %917) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1126 = "stablehlo.compare"(%1125, %919) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xi1>
    %1127 = "stablehlo.multiply"(%1125, %921) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1128 = "stablehlo.select"(%1126, %1125, %1127) : (tensor<4x16x16x32xi1>, tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1129 = "stablehlo.pad"(%1128, %910) {edge_padding_low = array<i64: 0, 2, 2, 0>, edge_padding_high = array<i64: 0, 2, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %1130 = "stablehlo.slice"(%1129) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 17, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1131 = "stablehlo.multiply"(%1130, %926) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1132 = "stablehlo.slice"(%1129) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 18, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1133 = "stablehlo.multiply"(%1132, %929) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1134 = "stablehlo.add"(%1131, %1133) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1135 = "stablehlo.slice"(%1129) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 19, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1136 = "stablehlo.multiply"(%1135, %929) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1137 = "stablehlo.add"(%1134, %1136) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1138 = "stablehlo.slice"(%1129) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 20, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1139 = "stablehlo.multiply"(%1138, %926) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1140 = "stablehlo.add"(%1137, %1139) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1141 = "stablehlo.slice"(%1140) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 17, 17, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %1142 = "stablehlo.multiply"(%1141, %939) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1143 = "stablehlo.slice"(%1140) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 17, 18, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %1144 = "stablehlo.multiply"(%1143, %942) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1145 = "stablehlo.add"(%1142, %1144) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1146 = "stablehlo.slice"(%1140) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 17, 19, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %1147 = "stablehlo.multiply"(%1146, %942) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1148 = "stablehlo.add"(%1145, %1147) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1149 = "stablehlo.slice"(%1140) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 17, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %1150 = "stablehlo.multiply"(%1149, %939) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1151 = "stablehlo.add"(%1148, %1150) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1152 = "stablehlo.convolution"(%1151, %arg127) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x17x17x32xf32>, tensor<3x3x32x16xf32>) -> tensor<4x8x8x16xf32>
    %1153 = "stablehlo.add"(%1152, %952) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1154 = "stablehlo.compare"(%1153, %954) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xi1>
    %1155 = "stablehlo.multiply"(%1153, %956) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1156 = "stablehlo.select"(%1154, %1153, %1155) : (tensor<4x8x8x16xi1>, tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1157 = "stablehlo.pad"(%1123, %910) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x16x16x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %1158 = "stablehlo.slice"(%1157) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 15, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1159 = "stablehlo.multiply"(%1158, %961) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1160 = "stablehlo.slice"(%1157) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 16, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1161 = "stablehlo.multiply"(%1160, %964) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1162 = "stablehlo.add"(%1159, %1161) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1163 = "stablehlo.slice"(%1157) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 17, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1164 = "stablehlo.multiply"(%1163, %964) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1165 = "stablehlo.add"(%1162, %1164) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1166 = "stablehlo.slice"(%1157) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 18, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1167 = "stablehlo.multiply"(%1166, %961) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1168 = "stablehlo.add"(%1165, %1167) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1169 = "stablehlo.slice"(%1168) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 15, 15, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %1170 = "stablehlo.multiply"(%1169, %974) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1171 = "stablehlo.slice"(%1168) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 15, 16, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %1172 = "stablehlo.multiply"(%1171, %977) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1173 = "stablehlo.add"(%1170, %1172) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1174 = "stablehlo.slice"(%1168) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 15, 17, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %1175 = "stablehlo.multiply"(%1174, %977) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1176 = "stablehlo.add"(%1173, %1175) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1177 = "stablehlo.slice"(%1168) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 15, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %1178 = "stablehlo.multiply"(%1177, %974) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1179 = "stablehlo.add"(%1176, %1178) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1180 = "stablehlo.convolution"(%1179, %arg129) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x15x15x8xf32>, tensor<1x1x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1181 = "stablehlo.add"(%1180, %987) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1182 = "stablehlo.add"(%1156, %1181) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1183 = "stablehlo.multiply"(%1182, %990) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1184 = "stablehlo.convolution"(%1183, %arg131) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<3x3x16x64xf32>) -> tensor<4x8x8x64xf32>
    %1185 = "stablehlo.add"(%1184, %993) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1186 = "stablehlo.compare"(%1185, %995) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xi1>
    %1187 = "stablehlo.multiply"(%1185, %997) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1188 = "stablehlo.select"(%1186, %1185, %1187) : (tensor<4x8x8x64xi1>, tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1189 = "stablehlo.pad"(%1188, %910) {edge_padding_low = array<i64: 0, 2, 2, 0>, edge_padding_high = array<i64: 0, 2, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x8x8x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1190 = "stablehlo.slice"(%1189) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 9, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1191 = "stablehlo.multiply"(%1190, %1002) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1192 = "stablehlo.slice"(%1189) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 10, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1193 = "stablehlo.multiply"(%1192, %1005) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1194 = "stablehlo.add"(%1191, %1193) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1195 = "stablehlo.slice"(%1189) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 11, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1196 = "stablehlo.multiply"(%1195, %1005) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1197 = "stablehlo.add"(%1194, %1196) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1198 = "stablehlo.slice"(%1189) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 12, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1199 = "stablehlo.multiply"(%1198, %1002) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1200 = "stablehlo.add"(%1197, %1199) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1201 = "stablehlo.slice"(%1200) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 9, 9, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1202 = "stablehlo.multiply"(%1201, %1015) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1203 = "stablehlo.slice"(%1200) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 9, 10, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1204 = "stablehlo.multiply"(%1203, %1018) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1205 = "stablehlo.add"(%1202, %1204) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1206 = "stablehlo.slice"(%1200) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 9, 11, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1207 = "stablehlo.multiply"(%1206, %1018) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1208 = "stablehlo.add"(%1205, %1207) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1209 = "stablehlo.slice"(%1200) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 9, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1210 = "stablehlo.multiply"(%1209, %1015) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1211 = "stablehlo.add"(%1208, %1210) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1212 = "stablehlo.convolution"(%1211, %arg133) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x9x9x64xf32>, tensor<3x3x64x32xf32>) -> tensor<4x4x4x32xf32>
    %1213 = "stablehlo.add"(%1212, %1028) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1214 = "stablehlo.compare"(%1213, %1030) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xi1>
    %1215 = "stablehlo.multiply"(%1213, %1032) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1216 = "stablehlo.select"(%1214, %1213, %1215) : (tensor<4x4x4x32xi1>, tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1217 = "stablehlo.pad"(%1183, %910) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1218 = "stablehlo.slice"(%1217) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 7, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1219 = "stablehlo.multiply"(%1218, %1037) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1220 = "stablehlo.slice"(%1217) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 8, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1221 = "stablehlo.multiply"(%1220, %1040) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1222 = "stablehlo.add"(%1219, %1221) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1223 = "stablehlo.slice"(%1217) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 9, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1224 = "stablehlo.multiply"(%1223, %1040) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1225 = "stablehlo.add"(%1222, %1224) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1226 = "stablehlo.slice"(%1217) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 10, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1227 = "stablehlo.multiply"(%1226, %1037) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1228 = "stablehlo.add"(%1225, %1227) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1229 = "stablehlo.slice"(%1228) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 7, 7, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1230 = "stablehlo.multiply"(%1229, %1050) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1231 = "stablehlo.slice"(%1228) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 7, 8, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1232 = "stablehlo.multiply"(%1231, %1053) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1233 = "stablehlo.add"(%1230, %1232) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1234 = "stablehlo.slice"(%1228) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 7, 9, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1235 = "stablehlo.multiply"(%1234, %1053) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1236 = "stablehlo.add"(%1233, %1235) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1237 = "stablehlo.slice"(%1228) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 7, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1238 = "stablehlo.multiply"(%1237, %1050) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1239 = "stablehlo.add"(%1236, %1238) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1240 = "stablehlo.convolution"(%1239, %arg135) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 2, 2>} : (tensor<4x7x7x16xf32>, tensor<1x1x16x32xf32>) -> tensor<4x4x4x32xf32>
    %1241 = "stablehlo.add"(%1240, %1063) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1242 = "stablehlo.add"(%1216, %1241) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1243 = "stablehlo.multiply"(%1242, %1066) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1244 = "stablehlo.reshape"(%1243) : (tensor<4x4x4x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1245 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1246 = "stablehlo.reduce"(%1244, %1245) ({
    ^bb0(%1247: tensor<f32>, %1248: tensor<f32>):
        %1249 = "stablehlo.add"(%1247, %1248) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1249) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x4x4x4x1x32xf32>, tensor<f32>) -> tensor<1x4x4x1x32xf32>
    %1250 = "stablehlo.divide"(%1246, %1074) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1251 = "stablehlo.reshape"(%1250) : (tensor<1x4x4x1x32xf32>) -> tensor<1x1x4x4x1x32xf32>
    %1252 = "stablehlo.broadcast_in_dim"(%1251) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4, 5>} : (tensor<1x1x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1253 = "stablehlo.subtract"(%1244, %1252) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1254 = "stablehlo.multiply"(%1253, %1253) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1255 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1256 = "stablehlo.reduce"(%1254, %1255) ({
    ^bb0(%1257: tensor<f32>, %1258: tensor<f32>):
        %1259 = "stablehlo.add"(%1257, %1258) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1259) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x4x4x4x1x32xf32>, tensor<f32>) -> tensor<1x4x4x1x32xf32>
    %1260 = "stablehlo.divide"(%1256, %1074) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1261 = "stablehlo.add"(%1260, %1086) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1262 = "stablehlo.sqrt"(%1261) : (tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1263 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1264 = "stablehlo.reduce"(%1262, %1263) ({
    ^bb0(%1265: tensor<f32>, %1266: tensor<f32>):
        %1267 = "stablehlo.add"(%1265, %1266) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1267) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 2, 4>} : (tensor<1x4x4x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %1268 = "stablehlo.divide"(%1264, %1094) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %1269 = "stablehlo.broadcast_in_dim"(%1268) {broadcast_dimensions = array<i64: 1, 4>} : (tensor<1x1xf32>) -> tensor<4x1x4x4x1xf32>
    %1270 = "stablehlo.reshape"(%1269) : (tensor<4x1x4x4x1xf32>) -> tensor<4x4x4x1xf32>
    %1271 = "stablehlo.concatenate"(%1243, %1270) {dimension = 3 : i64} : (tensor<4x4x4x32xf32>, tensor<4x4x4x1xf32>) -> tensor<4x4x4x33xf32>
    %1272 = "stablehlo.convolution"(%1271, %arg137) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x33xf32>, tensor<3x3x33x32xf32>) -> tensor<4x2x2x32xf32>
    %1273 = "stablehlo.add"(%1272, %1100) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1274 = "stablehlo.compare"(%1273, %1102) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xi1>
    %1275 = "stablehlo.multiply"(%1273, %1104) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1276 = "stablehlo.select"(%1274, %1273, %1275) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1277 = "stablehlo.reshape"(%1276) : (tensor<4x2x2x32xf32>) -> tensor<4x128xf32>
    %1278 = "stablehlo.dot_general"(%1277, %arg139) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<4x128xf32>, tensor<128x64xf32>) -> tensor<4x64xf32>
    %1279 = "stablehlo.add"(%1278, %1109) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1280 = "stablehlo.compare"(%1279, %1111) {comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xi1>
    %1281 = "stablehlo.multiply"(%1279, %1113) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1282 = "stablehlo.select"(%1280, %1279, %1281) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1283 = "stablehlo.dot_general"(%1282, %arg141) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<4x64xf32>, tensor<64x1xf32>) -> tensor<4x1xf32>
    %1284 = "stablehlo.add"(%1283, %1117) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1285 = "stablehlo.broadcast_in_dim"(%910) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x1xf32>
    %1286 = "stablehlo.maximum"(%1284, %1285) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1287 = "stablehlo.abs"(%1284) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1288 = "stablehlo.negate"(%1287) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1289 = "stablehlo.exponential"(%1288) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1290 = "stablehlo.log_plus_one"(%1289) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1291 = "stablehlo.add"(%1286, %1290) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1292 = "stablehlo.negate"(%1118) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1293 = "stablehlo.maximum"(%1292, %1285) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1294 = "stablehlo.abs"(%1292) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1295 = "stablehlo.negate"(%1294) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1296 = "stablehlo.exponential"(%1295) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1297 = "stablehlo.log_plus_one"(%1296) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1298 = "stablehlo.add"(%1293, %1297) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1299 = "stablehlo.add"(%1291, %1298) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1300 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1301 = "stablehlo.reduce"(%1299, %1300) ({
    ^bb0(%1302: tensor<f32>, %1303: tensor<f32>):
        %1304 = "stablehlo.add"(%1302, %1303) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1304) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x1xf32>, tensor<f32>) -> tensor<f32>
    %1305 = "stablehlo.constant"() {value = dense<4.0> : tensor<f32>} : () -> tensor<f32>
    %1306 = "stablehlo.divide"(%1301, %1305) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1307 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1308 = "stablehlo.reduce"(%1118, %1307) ({
    ^bb0(%1309: tensor<f32>, %1310: tensor<f32>):
        %1311 = "stablehlo.add"(%1309, %1310) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1311) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x1xf32>, tensor<f32>) -> tensor<f32>
    %1312 = "stablehlo.divide"(%1308, %1305) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1313 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
    %1314 = "stablehlo.divide"(%1313, %1305) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1315 = "stablehlo.broadcast_in_dim"(%1314) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x1xf32>
    %1316 = "stablehlo.dot_general"(%1315, %arg141) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x1xf32>, tensor<64x1xf32>) -> tensor<4x64xf32>
    %1317 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x64xf32>} : () -> tensor<4x64xf32>
    %1318 = "stablehlo.select"(%1112, %1316, %1317) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1319 = "stablehlo.select"(%1112, %1317, %1316) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1320 = "stablehlo.multiply"(%1319, %1113) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1321 = "stablehlo.add"(%1318, %1320) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1322 = "stablehlo.dot_general"(%1321, %arg139) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %1323 = "stablehlo.reshape"(%1322) : (tensor<4x128xf32>) -> tensor<4x2x2x32xf32>
    %1324 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x2x2x32xf32>} : () -> tensor<4x2x2x32xf32>
    %1325 = "stablehlo.select"(%1103, %1323, %1324) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1326 = "stablehlo.select"(%1103, %1324, %1323) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1327 = "stablehlo.multiply"(%1326, %1104) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1328 = "stablehlo.add"(%1325, %1327) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1329 = "stablehlo.transpose"(%arg137) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x33x32xf32>) -> tensor<3x3x32x33xf32>
    %1330 = "stablehlo.reverse"(%1329) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x33xf32>) -> tensor<3x3x32x33xf32>
    %1331 = "stablehlo.convolution"(%1328, %1330) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[2, 2], [2, 2]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x2x2x32xf32>, tensor<3x3x32x33xf32>) -> tensor<4x4x4x33xf32>
    %1332 = "stablehlo.transpose"(%1098) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x4x4x33xf32>) -> tensor<33x4x4x4xf32>
    %1333 = "stablehlo.slice"(%1331) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 4, 4, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x4x33xf32>) -> tensor<4x4x4x32xf32>
    %1334 = "stablehlo.slice"(%1331) {start_indices = array<i64: 0, 0, 0, 32>, limit_indices = array<i64: 4, 4, 4, 33>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x4x33xf32>) -> tensor<4x4x4x1xf32>
    %1335 = "stablehlo.reshape"(%1334) : (tensor<4x4x4x1xf32>) -> tensor<4x1x4x4x1xf32>
    %1336 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1337 = "stablehlo.reduce"(%1335, %1336) ({
    ^bb0(%1338: tensor<f32>, %1339: tensor<f32>):
        %1340 = "stablehlo.add"(%1338, %1339) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1340) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 2, 3>} : (tensor<4x1x4x4x1xf32>, tensor<f32>) -> tensor<1x1xf32>
    %1341 = "stablehlo.divide"(%1337, %1094) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %1342 = "stablehlo.broadcast_in_dim"(%1341) {broadcast_dimensions = array<i64: 0, 3>} : (tensor<1x1xf32>) -> tensor<1x4x4x1x32xf32>
    %1343 = "stablehlo.constant"() {value = dense<0.5> : tensor<1x4x4x1x32xf32>} : () -> tensor<1x4x4x1x32xf32>
    %1344 = "stablehlo.multiply"(%1342, %1343) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1345 = "stablehlo.divide"(%1344, %1088) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1346 = "stablehlo.divide"(%1345, %1074) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1347 = "stablehlo.broadcast_in_dim"(%1346) {broadcast_dimensions = array<i64: 0, 2, 3, 4, 5>} : (tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1348 = "stablehlo.multiply"(%1347, %1078) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1349 = "stablehlo.add"(%1348, %1348) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1350 = "stablehlo.negate"(%1349) : (tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1351 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1352 = "stablehlo.reduce"(%1350, %1351) ({
    ^bb0(%1353: tensor<f32>, %1354: tensor<f32>):
        %1355 = "stablehlo.add"(%1353, %1354) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1355) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x4x4x4x1x32xf32>, tensor<f32>) -> tensor<1x4x4x1x32xf32>
    %1356 = "stablehlo.reshape"(%1352) : (tensor<1x4x4x1x32xf32>) -> tensor<1x1x4x4x1x32xf32>
    %1357 = "stablehlo.reshape"(%1356) : (tensor<1x1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1358 = "stablehlo.divide"(%1357, %1074) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1359 = "stablehlo.broadcast_in_dim"(%1358) {broadcast_dimensions = array<i64: 0, 2, 3, 4, 5>} : (tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1360 = "stablehlo.add"(%1349, %1359) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1361 = "stablehlo.reshape"(%1360) : (tensor<1x4x4x4x1x32xf32>) -> tensor<4x4x4x32xf32>
    %1362 = "stablehlo.add"(%1333, %1361) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1363 = "stablehlo.multiply"(%1362, %1066) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1364 = "stablehlo.transpose"(%arg135) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x16x32xf32>) -> tensor<1x1x32x16xf32>
    %1365 = "stablehlo.slice"(%1364) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 32, 16>, strides = array<i64: 1, 2, 1, 1>} : (tensor<1x1x32x16xf32>) -> tensor<1x1x32x16xf32>
    %1366 = "stablehlo.constant"() {value = dense<0.0> : tensor<1x1x32x16xf32>} : () -> tensor<1x1x32x16xf32>
    %1367 = "stablehlo.concatenate"(%1365, %1366) {dimension = 3 : i64} : (tensor<1x1x32x16xf32>, tensor<1x1x32x16xf32>) -> tensor<1x1x32x32xf32>
    %1368 = "stablehlo.slice"(%1367) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 32, 32>, strides = array<i64: 2, 1, 1, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x32xf32>
    %1369 = "stablehlo.constant"() {value = dense<0.0> : tensor<1x1x32x32xf32>} : () -> tensor<1x1x32x32xf32>
    %1370 = "stablehlo.concatenate"(%1368, %1369) {dimension = 3 : i64} : (tensor<1x1x32x32xf32>, tensor<1x1x32x32xf32>) -> tensor<1x1x32x64xf32>
    %1371 = "stablehlo.reverse"(%1370) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x64xf32>) -> tensor<1x1x32x64xf32>
    %1372 = "stablehlo.convolution"(%1363, %1371) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x32xf32>, tensor<1x1x32x64xf32>) -> tensor<4x4x4x64xf32>
    %1373 = "stablehlo.reshape"(%1372) : (tensor<4x4x4x64xf32>) -> tensor<4x4x4x2x2x16xf32>
    %1374 = "stablehlo.transpose"(%1373) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x4x4x2x2x16xf32>) -> tensor<4x4x2x4x2x16xf32>
    %1375 = "stablehlo.reshape"(%1374) : (tensor<4x4x2x4x2x16xf32>) -> tensor<4x8x8x16xf32>
    %1376 = "stablehlo.slice"(%1375) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 7, 7, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x8x8x16xf32>) -> tensor<4x7x7x16xf32>
    %1377 = "stablehlo.transpose"(%1061) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x7x7x16xf32>) -> tensor<16x7x7x4xf32>
    %1378 = "stablehlo.multiply"(%1376, %1050) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1379 = "stablehlo.pad"(%1378, %910) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %1380 = "stablehlo.multiply"(%1376, %1053) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1381 = "stablehlo.pad"(%1380, %910) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %1382 = "stablehlo.add"(%1379, %1381) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1383 = "stablehlo.pad"(%1380, %910) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %1384 = "stablehlo.add"(%1382, %1383) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1385 = "stablehlo.pad"(%1378, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %1386 = "stablehlo.add"(%1384, %1385) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1387 = "stablehlo.multiply"(%1386, %1037) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1388 = "stablehlo.pad"(%1387, %910) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1389 = "stablehlo.multiply"(%1386, %1040) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1390 = "stablehlo.pad"(%1389, %910) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1391 = "stablehlo.add"(%1388, %1390) : (tensor<4x10x10x16xf32>, tensor<4x10x10x16xf32>) -> tensor<4x10x10x16xf32>
    %1392 = "stablehlo.pad"(%1389, %910) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1393 = "stablehlo.add"(%1391, %1392) : (tensor<4x10x10x16xf32>, tensor<4x10x10x16xf32>) -> tensor<4x10x10x16xf32>
    %1394 = "stablehlo.pad"(%1387, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1395 = "stablehlo.add"(%1393, %1394) : (tensor<4x10x10x16xf32>, tensor<4x10x10x16xf32>) -> tensor<4x10x10x16xf32>
    %1396 = "stablehlo.slice"(%1395) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 4, 9, 9, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x8x8x16xf32>
    %1397 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x4x4x32xf32>} : () -> tensor<4x4x4x32xf32>
    %1398 = "stablehlo.select"(%1031, %1363, %1397) : (tensor<4x4x4x32xi1>, tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1399 = "stablehlo.select"(%1031, %1397, %1363) : (tensor<4x4x4x32xi1>, tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1400 = "stablehlo.multiply"(%1399, %1032) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1401 = "stablehlo.add"(%1398, %1400) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1402 = "stablehlo.transpose"(%arg133) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x64x32xf32>) -> tensor<3x3x32x64xf32>
    %1403 = "stablehlo.slice"(%1402) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 3, 32, 64>, strides = array<i64: 1, 2, 1, 1>} : (tensor<3x3x32x64xf32>) -> tensor<3x2x32x64xf32>
    %1404 = "stablehlo.slice"(%1402) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 3, 2, 32, 64>, strides = array<i64: 1, 2, 1, 1>} : (tensor<3x3x32x64xf32>) -> tensor<3x1x32x64xf32>
    %1405 = "stablehlo.pad"(%1404, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<3x1x32x64xf32>, tensor<f32>) -> tensor<3x2x32x64xf32>
    %1406 = "stablehlo.concatenate"(%1403, %1405) {dimension = 3 : i64} : (tensor<3x2x32x64xf32>, tensor<3x2x32x64xf32>) -> tensor<3x2x32x128xf32>
    %1407 = "stablehlo.slice"(%1406) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 32, 128>, strides = array<i64: 2, 1, 1, 1>} : (tensor<3x2x32x128xf32>) -> tensor<2x2x32x128xf32>
    %1408 = "stablehlo.slice"(%1406) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 32, 128>, strides = array<i64: 2, 1, 1, 1>} : (tensor<3x2x32x128xf32>) -> tensor<1x2x32x128xf32>
    %1409 = "stablehlo.pad"(%1408, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 1, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<1x2x32x128xf32>, tensor<f32>) -> tensor<2x2x32x128xf32>
    %1410 = "stablehlo.concatenate"(%1407, %1409) {dimension = 3 : i64} : (tensor<2x2x32x128xf32>, tensor<2x2x32x128xf32>) -> tensor<2x2x32x256xf32>
    %1411 = "stablehlo.reverse"(%1410) {dimensions = array<i64: 0, 1>} : (tensor<2x2x32x256xf32>) -> tensor<2x2x32x256xf32>
    %1412 = "stablehlo.convolution"(%1401, %1411) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x32xf32>, tensor<2x2x32x256xf32>) -> tensor<4x5x5x256xf32>
    %1413 = "stablehlo.reshape"(%1412) : (tensor<4x5x5x256xf32>) -> tensor<4x5x5x2x2x64xf32>
    %1414 = "stablehlo.transpose"(%1413) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x5x5x2x2x64xf32>) -> tensor<4x5x2x5x2x64xf32>
    %1415 = "stablehlo.reshape"(%1414) : (tensor<4x5x2x5x2x64xf32>) -> tensor<4x10x10x64xf32>
    %1416 = "stablehlo.slice"(%1415) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 9, 9, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x64xf32>) -> tensor<4x9x9x64xf32>
    %1417 = "stablehlo.transpose"(%1026) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x9x9x64xf32>) -> tensor<64x9x9x4xf32>
    %1418 = "stablehlo.multiply"(%1416, %1015) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1419 = "stablehlo.pad"(%1418, %910) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %1420 = "stablehlo.multiply"(%1416, %1018) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1421 = "stablehlo.pad"(%1420, %910) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %1422 = "stablehlo.add"(%1419, %1421) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1423 = "stablehlo.pad"(%1420, %910) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %1424 = "stablehlo.add"(%1422, %1423) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1425 = "stablehlo.pad"(%1418, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %1426 = "stablehlo.add"(%1424, %1425) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1427 = "stablehlo.multiply"(%1426, %1002) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1428 = "stablehlo.pad"(%1427, %910) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1429 = "stablehlo.multiply"(%1426, %1005) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1430 = "stablehlo.pad"(%1429, %910) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1431 = "stablehlo.add"(%1428, %1430) : (tensor<4x12x12x64xf32>, tensor<4x12x12x64xf32>) -> tensor<4x12x12x64xf32>
    %1432 = "stablehlo.pad"(%1429, %910) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1433 = "stablehlo.add"(%1431, %1432) : (tensor<4x12x12x64xf32>, tensor<4x12x12x64xf32>) -> tensor<4x12x12x64xf32>
    %1434 = "stablehlo.pad"(%1427, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1435 = "stablehlo.add"(%1433, %1434) : (tensor<4x12x12x64xf32>, tensor<4x12x12x64xf32>) -> tensor<4x12x12x64xf32>
    %1436 = "stablehlo.slice"(%1435) {start_indices = array<i64: 0, 2, 2, 0>, limit_indices = array<i64: 4, 10, 10, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x8x8x64xf32>
    %1437 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x8x8x64xf32>} : () -> tensor<4x8x8x64xf32>
    %1438 = "stablehlo.select"(%996, %1436, %1437) : (tensor<4x8x8x64xi1>, tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1439 = "stablehlo.select"(%996, %1437, %1436) : (tensor<4x8x8x64xi1>, tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1440 = "stablehlo.multiply"(%1439, %997) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1441 = "stablehlo.add"(%1438, %1440) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1442 = "stablehlo.transpose"(%arg131) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x16x64xf32>) -> tensor<3x3x64x16xf32>
    %1443 = "stablehlo.reverse"(%1442) {dimensions = array<i64: 0, 1>} : (tensor<3x3x64x16xf32>) -> tensor<3x3x64x16xf32>
    %1444 = "stablehlo.convolution"(%1441, %1443) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x64xf32>, tensor<3x3x64x16xf32>) -> tensor<4x8x8x16xf32>
    %1445 = "stablehlo.transpose"(%991) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x16xf32>) -> tensor<16x8x8x4xf32>
    %1446 = "stablehlo.add"(%1396, %1444) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1447 = "stablehlo.multiply"(%1446, %990) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1448 = "stablehlo.transpose"(%arg129) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x8x16xf32>) -> tensor<1x1x16x8xf32>
    %1449 = "stablehlo.slice"(%1448) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 16, 8>, strides = array<i64: 1, 2, 1, 1>} : (tensor<1x1x16x8xf32>) -> tensor<1x1x16x8xf32>
    %1450 = "stablehlo.constant"() {value = dense<0.0> : tensor<1x1x16x8xf32>} : () -> tensor<1x1x16x8xf32>
    %1451 = "stablehlo.concatenate"(%1449, %1450) {dimension = 3 : i64} : (tensor<1x1x16x8xf32>, tensor<1x1x16x8xf32>) -> tensor<1x1x16x16xf32>
    %1452 = "stablehlo.slice"(%1451) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 16, 16>, strides = array<i64: 2, 1, 1, 1>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x16xf32>
    %1453 = "stablehlo.constant"() {value = dense<0.0> : tensor<1x1x16x16xf32>} : () -> tensor<1x1x16x16xf32>
    %1454 = "stablehlo.concatenate"(%1452, %1453) {dimension = 3 : i64} : (tensor<1x1x16x16xf32>, tensor<1x1x16x16xf32>) -> tensor<1x1x16x32xf32>
    %1455 = "stablehlo.reverse"(%1454) {dimensions = array<i64: 0, 1>} : (tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %1456 = "stablehlo.convolution"(%1447, %1455) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x32xf32>) -> tensor<4x8x8x32xf32>
    %1457 = "stablehlo.reshape"(%1456) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x2x2x8xf32>
    %1458 = "stablehlo.transpose"(%1457) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x8x8x2x2x8xf32>) -> tensor<4x8x2x8x2x8xf32>
    %1459 = "stablehlo.reshape"(%1458) : (tensor<4x8x2x8x2x8xf32>) -> tensor<4x16x16x8xf32>
    %1460 = "stablehlo.slice"(%1459) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 15, 15, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x16x16x8xf32>) -> tensor<4x15x15x8xf32>
    %1461 = "stablehlo.transpose"(%985) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x15x15x8xf32>) -> tensor<8x15x15x4xf32>
    %1462 = "stablehlo.multiply"(%1460, %974) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1463 = "stablehlo.pad"(%1462, %910) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %1464 = "stablehlo.multiply"(%1460, %977) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1465 = "stablehlo.pad"(%1464, %910) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %1466 = "stablehlo.add"(%1463, %1465) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1467 = "stablehlo.pad"(%1464, %910) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %1468 = "stablehlo.add"(%1466, %1467) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1469 = "stablehlo.pad"(%1462, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %1470 = "stablehlo.add"(%1468, %1469) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1471 = "stablehlo.multiply"(%1470, %961) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1472 = "stablehlo.pad"(%1471, %910) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %1473 = "stablehlo.multiply"(%1470, %964) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1474 = "stablehlo.pad"(%1473, %910) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %1475 = "stablehlo.add"(%1472, %1474) : (tensor<4x18x18x8xf32>, tensor<4x18x18x8xf32>) -> tensor<4x18x18x8xf32>
    %1476 = "stablehlo.pad"(%1473, %910) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %1477 = "stablehlo.add"(%1475, %1476) : (tensor<4x18x18x8xf32>, tensor<4x18x18x8xf32>) -> tensor<4x18x18x8xf32>
    %1478 = "stablehlo.pad"(%1471, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %1479 = "stablehlo.add"(%1477, %1478) : (tensor<4x18x18x8xf32>, tensor<4x18x18x8xf32>) -> tensor<4x18x18x8xf32>
    %1480 = "stablehlo.slice"(%1479) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 4, 17, 17, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x16x16x8xf32>
    %1481 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x8x8x16xf32>} : () -> tensor<4x8x8x16xf32>
    %1482 = "stablehlo.select"(%955, %1447, %1481) : (tensor<4x8x8x16xi1>, tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1483 = "stablehlo.select"(%955, %1481, %1447) : (tensor<4x8x8x16xi1>, tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1484 = "stablehlo.multiply"(%1483, %956) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1485 = "stablehlo.add"(%1482, %1484) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1486 = "stablehlo.transpose"(%arg127) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x16xf32>) -> tensor<3x3x16x32xf32>
    %1487 = "stablehlo.slice"(%1486) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 3, 16, 32>, strides = array<i64: 1, 2, 1, 1>} : (tensor<3x3x16x32xf32>) -> tensor<3x2x16x32xf32>
    %1488 = "stablehlo.slice"(%1486) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 3, 2, 16, 32>, strides = array<i64: 1, 2, 1, 1>} : (tensor<3x3x16x32xf32>) -> tensor<3x1x16x32xf32>
    %1489 = "stablehlo.pad"(%1488, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<3x1x16x32xf32>, tensor<f32>) -> tensor<3x2x16x32xf32>
    %1490 = "stablehlo.concatenate"(%1487, %1489) {dimension = 3 : i64} : (tensor<3x2x16x32xf32>, tensor<3x2x16x32xf32>) -> tensor<3x2x16x64xf32>
    %1491 = "stablehlo.slice"(%1490) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 64>, strides = array<i64: 2, 1, 1, 1>} : (tensor<3x2x16x64xf32>) -> tensor<2x2x16x64xf32>
    %1492 = "stablehlo.slice"(%1490) {start_indices = array<i64: 1, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 64>, strides = array<i64: 2, 1, 1, 1>} : (tensor<3x2x16x64xf32>) -> tensor<1x2x16x64xf32>
    %1493 = "stablehlo.pad"(%1492, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 1, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<1x2x16x64xf32>, tensor<f32>) -> tensor<2x2x16x64xf32>
    %1494 = "stablehlo.concatenate"(%1491, %1493) {dimension = 3 : i64} : (tensor<2x2x16x64xf32>, tensor<2x2x16x64xf32>) -> tensor<2x2x16x128xf32>
    %1495 = "stablehlo.reverse"(%1494) {dimensions = array<i64: 0, 1>} : (tensor<2x2x16x128xf32>) -> tensor<2x2x16x128xf32>
    %1496 = "stablehlo.convolution"(%1485, %1495) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<2x2x16x128xf32>) -> tensor<4x9x9x128xf32>
    %1497 = "stablehlo.reshape"(%1496) : (tensor<4x9x9x128xf32>) -> tensor<4x9x9x2x2x32xf32>
    %1498 = "stablehlo.transpose"(%1497) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x9x9x2x2x32xf32>) -> tensor<4x9x2x9x2x32xf32>
    %1499 = "stablehlo.reshape"(%1498) : (tensor<4x9x2x9x2x32xf32>) -> tensor<4x18x18x32xf32>
    %1500 = "stablehlo.slice"(%1499) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 17, 17, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x32xf32>) -> tensor<4x17x17x32xf32>
    %1501 = "stablehlo.transpose"(%950) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x17x17x32xf32>) -> tensor<32x17x17x4xf32>
    %1502 = "stablehlo.multiply"(%1500, %939) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1503 = "stablehlo.pad"(%1502, %910) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %1504 = "stablehlo.multiply"(%1500, %942) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1505 = "stablehlo.pad"(%1504, %910) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %1506 = "stablehlo.add"(%1503, %1505) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1507 = "stablehlo.pad"(%1504, %910) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %1508 = "stablehlo.add"(%1506, %1507) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1509 = "stablehlo.pad"(%1502, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %1510 = "stablehlo.add"(%1508, %1509) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1511 = "stablehlo.multiply"(%1510, %926) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1512 = "stablehlo.pad"(%1511, %910) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %1513 = "stablehlo.multiply"(%1510, %929) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1514 = "stablehlo.pad"(%1513, %910) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %1515 = "stablehlo.add"(%1512, %1514) : (tensor<4x20x20x32xf32>, tensor<4x20x20x32xf32>) -> tensor<4x20x20x32xf32>
    %1516 = "stablehlo.pad"(%1513, %910) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %1517 = "stablehlo.add"(%1515, %1516) : (tensor<4x20x20x32xf32>, tensor<4x20x20x32xf32>) -> tensor<4x20x20x32xf32>
    %1518 = "stablehlo.pad"(%1511, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %1519 = "stablehlo.add"(%1517, %1518) : (tensor<4x20x20x32xf32>, tensor<4x20x20x32xf32>) -> tensor<4x20x20x32xf32>
    %1520 = "stablehlo.slice"(%1519) {start_indices = array<i64: 0, 2, 2, 0>, limit_indices = array<i64: 4, 18, 18, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x16x16x32xf32>
    %1521 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x16x16x32xf32>} : () -> tensor<4x16x16x32xf32>
    %1522 = "stablehlo.select"(%920, %1520, %1521) : (tensor<4x16x16x32xi1>, tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1523 = "stablehlo.select"(%920, %1521, %1520) : (tensor<4x16x16x32xi1>, tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1524 = "stablehlo.multiply"(%1523, %921) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1525 = "stablehlo.add"(%1522, %1524) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1526 = "stablehlo.transpose"(%arg125) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x8x32xf32>) -> tensor<3x3x32x8xf32>
    %1527 = "stablehlo.reverse"(%1526) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x8xf32>) -> tensor<3x3x32x8xf32>
    %1528 = "stablehlo.convolution"(%1525, %1527) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x8xf32>) -> tensor<4x16x16x8xf32>
    %1529 = "stablehlo.transpose"(%915) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x8xf32>) -> tensor<8x16x16x4xf32>
    %1530 = "stablehlo.add"(%1480, %1528) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1531 = "stablehlo.constant"() {value = dense<0.0> : tensor<4x16x16x8xf32>} : () -> tensor<4x16x16x8xf32>
    %1532 = "stablehlo.select"(%912, %1530, %1531) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1533 = "stablehlo.select"(%912, %1531, %1530) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1534 = "stablehlo.multiply"(%1533, %913) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1535 = "stablehlo.add"(%1532, %1534) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1536 = "stablehlo.transpose"(%arg123) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x3x8xf32>) -> tensor<1x1x8x3xf32>
    %1537 = "stablehlo.reverse"(%1536) {dimensions = array<i64: 0, 1>} : (tensor<1x1x8x3xf32>) -> tensor<1x1x8x3xf32>
    %1538 = "stablehlo.convolution"(%1535, %1537) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x8xf32>, tensor<1x1x8x3xf32>) -> tensor<4x16x16x3xf32>
    %1539 = "stablehlo.transpose"(%arg0) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x3xf32>) -> tensor<3x16x16x4xf32>
    %1540 = "stablehlo.multiply"(%1538, %1538) : (tensor<4x16x16x3xf32>, tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %1541 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1542 = "stablehlo.reduce"(%1540, %1541) ({
    ^bb0(%1543: tensor<f32>, %1544: tensor<f32>):
        %1545 = "stablehlo.add"(%1543, %1544) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1545) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<4x16x16x3xf32>, tensor<f32>) -> tensor<f32>
    %1546 = "stablehlo.constant"() {value = dense<3072.0> : tensor<f32>} : () -> tensor<f32>
    %1547 = "stablehlo.divide"(%1542, %1546) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1548 = "stablehlo.constant"() {value = dense<100000000.0> : tensor<f32>} : () -> tensor<f32>
    %1549 = "stablehlo.multiply"(%1547, %1548) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1550 = "stablehlo.add"(%1306, %1549) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1551 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1552 = "stablehlo.reduce"(%1284, %1551) ({
    ^bb0(%1553: tensor<f32>, %1554: tensor<f32>):
        %1555 = "stablehlo.add"(%1553, %1554) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1555) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x1xf32>, tensor<f32>) -> tensor<f32>
    %1556 = "stablehlo.divide"(%1552, %1305) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1557 = "stablehlo.multiply"(%1313, %1548) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1558 = "stablehlo.divide"(%1557, %1546) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1559 = "stablehlo.broadcast_in_dim"(%1558) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x16x16x3xf32>
    %1560 = "stablehlo.multiply"(%1559, %1538) : (tensor<4x16x16x3xf32>, tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %1561 = "stablehlo.add"(%1560, %1560) : (tensor<4x16x16x3xf32>, tensor<4x16x16x3xf32>) -> tensor<4x16x16x3xf32>
    %1562 = "stablehlo.transpose"(%1537) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x8x3xf32>) -> tensor<1x1x3x8xf32>
    %1563 = "stablehlo.reverse"(%1562) {dimensions = array<i64: 0, 1>} : (tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %1564 = "stablehlo.convolution"(%1561, %1563) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x3xf32>, tensor<1x1x3x8xf32>) -> tensor<4x16x16x8xf32>
    %1565 = "stablehlo.transpose"(%1535) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x8xf32>) -> tensor<8x16x16x4xf32>
    %1566 = "stablehlo.transpose"(%1561) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x3xf32>) -> tensor<16x16x4x3xf32>
    %1567 = "stablehlo.convolution"(%1565, %1566) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<8x16x16x4xf32>, tensor<16x16x4x3xf32>) -> tensor<8x1x1x3xf32>
    %1568 = "stablehlo.transpose"(%1567) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<8x1x1x3xf32>) -> tensor<1x1x8x3xf32>
    %1569 = "stablehlo.reverse"(%1568) {dimensions = array<i64: 0, 1>} : (tensor<1x1x8x3xf32>) -> tensor<1x1x8x3xf32>
    %1570 = "stablehlo.transpose"(%1569) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x8x3xf32>) -> tensor<1x1x3x8xf32>
    %1571 = "stablehlo.multiply"(%1564, %913) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1572 = "stablehlo.select"(%912, %1531, %1571) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1573 = "stablehlo.select"(%912, %1564, %1531) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1574 = "stablehlo.add"(%1572, %1573) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %1575 = "stablehlo.transpose"(%1527) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x8xf32>) -> tensor<3x3x8x32xf32>
    %1576 = "stablehlo.reverse"(%1575) {dimensions = array<i64: 0, 1>} : (tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %1577 = "stablehlo.convolution"(%1574, %1576) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x8xf32>, tensor<3x3x8x32xf32>) -> tensor<4x16x16x32xf32>
    %1578 = "stablehlo.transpose"(%1525) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x32xf32>) -> tensor<32x16x16x4xf32>
    %1579 = "stablehlo.transpose"(%1574) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x8xf32>) -> tensor<16x16x4x8xf32>
    %1580 = "stablehlo.convolution"(%1578, %1579) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x16x16x4xf32>, tensor<16x16x4x8xf32>) -> tensor<32x3x3x8xf32>
    %1581 = "stablehlo.transpose"(%1580) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x8xf32>) -> tensor<3x3x32x8xf32>
    %1582 = "stablehlo.reverse"(%1581) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x8xf32>) -> tensor<3x3x32x8xf32>
    %1583 = "stablehlo.transpose"(%1582) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x8xf32>) -> tensor<3x3x8x32xf32>
    %1584 = "stablehlo.multiply"(%1577, %921) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1585 = "stablehlo.select"(%920, %1521, %1584) : (tensor<4x16x16x32xi1>, tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1586 = "stablehlo.select"(%920, %1577, %1521) : (tensor<4x16x16x32xi1>, tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1587 = "stablehlo.add"(%1585, %1586) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %1588 = "stablehlo.pad"(%1587, %910) {edge_padding_low = array<i64: 0, 2, 2, 0>, edge_padding_high = array<i64: 0, 2, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %1589 = "stablehlo.slice"(%1588) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 17, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1590 = "stablehlo.multiply"(%1589, %926) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1591 = "stablehlo.slice"(%1588) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 18, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1592 = "stablehlo.multiply"(%1591, %929) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1593 = "stablehlo.add"(%1590, %1592) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1594 = "stablehlo.slice"(%1588) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 19, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1595 = "stablehlo.multiply"(%1594, %929) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1596 = "stablehlo.add"(%1593, %1595) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1597 = "stablehlo.slice"(%1588) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 20, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1598 = "stablehlo.multiply"(%1597, %926) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1599 = "stablehlo.add"(%1596, %1598) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %1600 = "stablehlo.slice"(%1599) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 17, 17, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %1601 = "stablehlo.multiply"(%1600, %939) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1602 = "stablehlo.slice"(%1599) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 17, 18, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %1603 = "stablehlo.multiply"(%1602, %942) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1604 = "stablehlo.add"(%1601, %1603) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1605 = "stablehlo.slice"(%1599) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 17, 19, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %1606 = "stablehlo.multiply"(%1605, %942) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1607 = "stablehlo.add"(%1604, %1606) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1608 = "stablehlo.slice"(%1599) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 17, 20, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x17x20x32xf32>) -> tensor<4x17x17x32xf32>
    %1609 = "stablehlo.multiply"(%1608, %939) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1610 = "stablehlo.add"(%1607, %1609) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %1611 = "stablehlo.pad"(%1610, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x18x18x32xf32>
    %1612 = "stablehlo.reshape"(%1611) : (tensor<4x18x18x32xf32>) -> tensor<4x9x2x9x2x32xf32>
    %1613 = "stablehlo.transpose"(%1612) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x9x2x9x2x32xf32>) -> tensor<4x9x9x2x2x32xf32>
    %1614 = "stablehlo.reshape"(%1613) : (tensor<4x9x9x2x2x32xf32>) -> tensor<4x9x9x128xf32>
    %1615 = "stablehlo.transpose"(%1495) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x2x16x128xf32>) -> tensor<2x2x128x16xf32>
    %1616 = "stablehlo.reverse"(%1615) {dimensions = array<i64: 0, 1>} : (tensor<2x2x128x16xf32>) -> tensor<2x2x128x16xf32>
    %1617 = "stablehlo.convolution"(%1614, %1616) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x9x9x128xf32>, tensor<2x2x128x16xf32>) -> tensor<4x8x8x16xf32>
    %1618 = "stablehlo.transpose"(%1485) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x16xf32>) -> tensor<16x8x8x4xf32>
    %1619 = "stablehlo.transpose"(%1614) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x9x9x128xf32>) -> tensor<9x9x4x128xf32>
    %1620 = "stablehlo.convolution"(%1618, %1619) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<16x8x8x4xf32>, tensor<9x9x4x128xf32>) -> tensor<16x2x2x128xf32>
    %1621 = "stablehlo.transpose"(%1620) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<16x2x2x128xf32>) -> tensor<2x2x16x128xf32>
    %1622 = "stablehlo.reverse"(%1621) {dimensions = array<i64: 0, 1>} : (tensor<2x2x16x128xf32>) -> tensor<2x2x16x128xf32>
    %1623 = "stablehlo.slice"(%1622) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 16, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x16x128xf32>) -> tensor<2x2x16x64xf32>
    %1624 = "stablehlo.slice"(%1622) {start_indices = array<i64: 0, 0, 0, 64>, limit_indices = array<i64: 2, 2, 16, 128>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x16x128xf32>) -> tensor<2x2x16x64xf32>
    %1625 = "stablehlo.slice"(%1624) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 16, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x16x64xf32>) -> tensor<1x2x16x64xf32>
    %1626 = "stablehlo.pad"(%1625, %910) {edge_padding_low = array<i64: 1, 0, 0, 0>, edge_padding_high = array<i64: 1, 0, 0, 0>, interior_padding = array<i64: 1, 0, 0, 0>} : (tensor<1x2x16x64xf32>, tensor<f32>) -> tensor<3x2x16x64xf32>
    %1627 = "stablehlo.pad"(%1623, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 1, 0, 0, 0>} : (tensor<2x2x16x64xf32>, tensor<f32>) -> tensor<3x2x16x64xf32>
    %1628 = "stablehlo.add"(%1626, %1627) : (tensor<3x2x16x64xf32>, tensor<3x2x16x64xf32>) -> tensor<3x2x16x64xf32>
    %1629 = "stablehlo.slice"(%1628) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 16, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x64xf32>) -> tensor<3x2x16x32xf32>
    %1630 = "stablehlo.slice"(%1628) {start_indices = array<i64: 0, 0, 0, 32>, limit_indices = array<i64: 3, 2, 16, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x64xf32>) -> tensor<3x2x16x32xf32>
    %1631 = "stablehlo.slice"(%1630) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 16, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x16x32xf32>) -> tensor<3x1x16x32xf32>
    %1632 = "stablehlo.pad"(%1631, %910) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 1, 0, 0>} : (tensor<3x1x16x32xf32>, tensor<f32>) -> tensor<3x3x16x32xf32>
    %1633 = "stablehlo.pad"(%1629, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 1, 0, 0>} : (tensor<3x2x16x32xf32>, tensor<f32>) -> tensor<3x3x16x32xf32>
    %1634 = "stablehlo.add"(%1632, %1633) : (tensor<3x3x16x32xf32>, tensor<3x3x16x32xf32>) -> tensor<3x3x16x32xf32>
    %1635 = "stablehlo.transpose"(%1634) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x16x32xf32>) -> tensor<3x3x32x16xf32>
    %1636 = "stablehlo.multiply"(%1617, %956) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1637 = "stablehlo.select"(%955, %1481, %1636) : (tensor<4x8x8x16xi1>, tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1638 = "stablehlo.select"(%955, %1617, %1481) : (tensor<4x8x8x16xi1>, tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1639 = "stablehlo.add"(%1637, %1638) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1640 = "stablehlo.pad"(%1574, %910) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x16x16x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %1641 = "stablehlo.slice"(%1640) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 15, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1642 = "stablehlo.multiply"(%1641, %961) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1643 = "stablehlo.slice"(%1640) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 16, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1644 = "stablehlo.multiply"(%1643, %964) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1645 = "stablehlo.add"(%1642, %1644) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1646 = "stablehlo.slice"(%1640) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 17, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1647 = "stablehlo.multiply"(%1646, %964) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1648 = "stablehlo.add"(%1645, %1647) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1649 = "stablehlo.slice"(%1640) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 18, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1650 = "stablehlo.multiply"(%1649, %961) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1651 = "stablehlo.add"(%1648, %1650) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %1652 = "stablehlo.slice"(%1651) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 15, 15, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %1653 = "stablehlo.multiply"(%1652, %974) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1654 = "stablehlo.slice"(%1651) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 15, 16, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %1655 = "stablehlo.multiply"(%1654, %977) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1656 = "stablehlo.add"(%1653, %1655) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1657 = "stablehlo.slice"(%1651) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 15, 17, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %1658 = "stablehlo.multiply"(%1657, %977) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1659 = "stablehlo.add"(%1656, %1658) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1660 = "stablehlo.slice"(%1651) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 15, 18, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x15x18x8xf32>) -> tensor<4x15x15x8xf32>
    %1661 = "stablehlo.multiply"(%1660, %974) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1662 = "stablehlo.add"(%1659, %1661) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %1663 = "stablehlo.pad"(%1662, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x16x16x8xf32>
    %1664 = "stablehlo.reshape"(%1663) : (tensor<4x16x16x8xf32>) -> tensor<4x8x2x8x2x8xf32>
    %1665 = "stablehlo.transpose"(%1664) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x8x2x8x2x8xf32>) -> tensor<4x8x8x2x2x8xf32>
    %1666 = "stablehlo.reshape"(%1665) : (tensor<4x8x8x2x2x8xf32>) -> tensor<4x8x8x32xf32>
    %1667 = "stablehlo.transpose"(%1455) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x16x32xf32>) -> tensor<1x1x32x16xf32>
    %1668 = "stablehlo.reverse"(%1667) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x16xf32>) -> tensor<1x1x32x16xf32>
    %1669 = "stablehlo.convolution"(%1666, %1668) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x32xf32>, tensor<1x1x32x16xf32>) -> tensor<4x8x8x16xf32>
    %1670 = "stablehlo.transpose"(%1447) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x16xf32>) -> tensor<16x8x8x4xf32>
    %1671 = "stablehlo.transpose"(%1666) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x32xf32>) -> tensor<8x8x4x32xf32>
    %1672 = "stablehlo.convolution"(%1670, %1671) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<16x8x8x4xf32>, tensor<8x8x4x32xf32>) -> tensor<16x1x1x32xf32>
    %1673 = "stablehlo.transpose"(%1672) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<16x1x1x32xf32>) -> tensor<1x1x16x32xf32>
    %1674 = "stablehlo.add"(%1639, %1669) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1675 = "stablehlo.reverse"(%1673) {dimensions = array<i64: 0, 1>} : (tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %1676 = "stablehlo.slice"(%1675) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 16, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x16x32xf32>) -> tensor<1x1x16x16xf32>
    %1677 = "stablehlo.pad"(%1676, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 1, 0, 0, 0>} : (tensor<1x1x16x16xf32>, tensor<f32>) -> tensor<1x1x16x16xf32>
    %1678 = "stablehlo.slice"(%1677) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 16, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x16x16xf32>) -> tensor<1x1x16x8xf32>
    %1679 = "stablehlo.pad"(%1678, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 1, 0, 0>} : (tensor<1x1x16x8xf32>, tensor<f32>) -> tensor<1x1x16x8xf32>
    %1680 = "stablehlo.transpose"(%1679) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x16x8xf32>) -> tensor<1x1x8x16xf32>
    %1681 = "stablehlo.multiply"(%1674, %990) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %1682 = "stablehlo.transpose"(%1443) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x64x16xf32>) -> tensor<3x3x16x64xf32>
    %1683 = "stablehlo.reverse"(%1682) {dimensions = array<i64: 0, 1>} : (tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %1684 = "stablehlo.convolution"(%1681, %1683) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<3x3x16x64xf32>) -> tensor<4x8x8x64xf32>
    %1685 = "stablehlo.transpose"(%1441) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x64xf32>) -> tensor<64x8x8x4xf32>
    %1686 = "stablehlo.transpose"(%1681) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x16xf32>) -> tensor<8x8x4x16xf32>
    %1687 = "stablehlo.convolution"(%1685, %1686) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<64x8x8x4xf32>, tensor<8x8x4x16xf32>) -> tensor<64x3x3x16xf32>
    %1688 = "stablehlo.transpose"(%1687) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<64x3x3x16xf32>) -> tensor<3x3x64x16xf32>
    %1689 = "stablehlo.reverse"(%1688) {dimensions = array<i64: 0, 1>} : (tensor<3x3x64x16xf32>) -> tensor<3x3x64x16xf32>
    %1690 = "stablehlo.transpose"(%1689) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x64x16xf32>) -> tensor<3x3x16x64xf32>
    %1691 = "stablehlo.multiply"(%1684, %997) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1692 = "stablehlo.select"(%996, %1437, %1691) : (tensor<4x8x8x64xi1>, tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1693 = "stablehlo.select"(%996, %1684, %1437) : (tensor<4x8x8x64xi1>, tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1694 = "stablehlo.add"(%1692, %1693) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %1695 = "stablehlo.pad"(%1694, %910) {edge_padding_low = array<i64: 0, 2, 2, 0>, edge_padding_high = array<i64: 0, 2, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x8x8x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %1696 = "stablehlo.slice"(%1695) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 9, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1697 = "stablehlo.multiply"(%1696, %1002) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1698 = "stablehlo.slice"(%1695) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 10, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1699 = "stablehlo.multiply"(%1698, %1005) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1700 = "stablehlo.add"(%1697, %1699) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1701 = "stablehlo.slice"(%1695) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 11, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1702 = "stablehlo.multiply"(%1701, %1005) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1703 = "stablehlo.add"(%1700, %1702) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1704 = "stablehlo.slice"(%1695) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 12, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1705 = "stablehlo.multiply"(%1704, %1002) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1706 = "stablehlo.add"(%1703, %1705) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %1707 = "stablehlo.slice"(%1706) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 9, 9, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1708 = "stablehlo.multiply"(%1707, %1015) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1709 = "stablehlo.slice"(%1706) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 9, 10, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1710 = "stablehlo.multiply"(%1709, %1018) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1711 = "stablehlo.add"(%1708, %1710) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1712 = "stablehlo.slice"(%1706) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 9, 11, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1713 = "stablehlo.multiply"(%1712, %1018) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1714 = "stablehlo.add"(%1711, %1713) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1715 = "stablehlo.slice"(%1706) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 9, 12, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x9x12x64xf32>) -> tensor<4x9x9x64xf32>
    %1716 = "stablehlo.multiply"(%1715, %1015) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1717 = "stablehlo.add"(%1714, %1716) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %1718 = "stablehlo.pad"(%1717, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x10x10x64xf32>
    %1719 = "stablehlo.reshape"(%1718) : (tensor<4x10x10x64xf32>) -> tensor<4x5x2x5x2x64xf32>
    %1720 = "stablehlo.transpose"(%1719) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x5x2x5x2x64xf32>) -> tensor<4x5x5x2x2x64xf32>
    %1721 = "stablehlo.reshape"(%1720) : (tensor<4x5x5x2x2x64xf32>) -> tensor<4x5x5x256xf32>
    %1722 = "stablehlo.transpose"(%1411) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<2x2x32x256xf32>) -> tensor<2x2x256x32xf32>
    %1723 = "stablehlo.reverse"(%1722) {dimensions = array<i64: 0, 1>} : (tensor<2x2x256x32xf32>) -> tensor<2x2x256x32xf32>
    %1724 = "stablehlo.convolution"(%1721, %1723) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x5x5x256xf32>, tensor<2x2x256x32xf32>) -> tensor<4x4x4x32xf32>
    %1725 = "stablehlo.transpose"(%1401) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x4x4x32xf32>) -> tensor<32x4x4x4xf32>
    %1726 = "stablehlo.transpose"(%1721) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x5x5x256xf32>) -> tensor<5x5x4x256xf32>
    %1727 = "stablehlo.convolution"(%1725, %1726) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x4x4x4xf32>, tensor<5x5x4x256xf32>) -> tensor<32x2x2x256xf32>
    %1728 = "stablehlo.transpose"(%1727) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x2x2x256xf32>) -> tensor<2x2x32x256xf32>
    %1729 = "stablehlo.reverse"(%1728) {dimensions = array<i64: 0, 1>} : (tensor<2x2x32x256xf32>) -> tensor<2x2x32x256xf32>
    %1730 = "stablehlo.slice"(%1729) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 32, 128>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x32x256xf32>) -> tensor<2x2x32x128xf32>
    %1731 = "stablehlo.slice"(%1729) {start_indices = array<i64: 0, 0, 0, 128>, limit_indices = array<i64: 2, 2, 32, 256>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x32x256xf32>) -> tensor<2x2x32x128xf32>
    %1732 = "stablehlo.slice"(%1731) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 2, 32, 128>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x32x128xf32>) -> tensor<1x2x32x128xf32>
    %1733 = "stablehlo.pad"(%1732, %910) {edge_padding_low = array<i64: 1, 0, 0, 0>, edge_padding_high = array<i64: 1, 0, 0, 0>, interior_padding = array<i64: 1, 0, 0, 0>} : (tensor<1x2x32x128xf32>, tensor<f32>) -> tensor<3x2x32x128xf32>
    %1734 = "stablehlo.pad"(%1730, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 1, 0, 0, 0>} : (tensor<2x2x32x128xf32>, tensor<f32>) -> tensor<3x2x32x128xf32>
    %1735 = "stablehlo.add"(%1733, %1734) : (tensor<3x2x32x128xf32>, tensor<3x2x32x128xf32>) -> tensor<3x2x32x128xf32>
    %1736 = "stablehlo.slice"(%1735) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 2, 32, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x32x128xf32>) -> tensor<3x2x32x64xf32>
    %1737 = "stablehlo.slice"(%1735) {start_indices = array<i64: 0, 0, 0, 64>, limit_indices = array<i64: 3, 2, 32, 128>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x32x128xf32>) -> tensor<3x2x32x64xf32>
    %1738 = "stablehlo.slice"(%1737) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 3, 1, 32, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<3x2x32x64xf32>) -> tensor<3x1x32x64xf32>
    %1739 = "stablehlo.pad"(%1738, %910) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 1, 0, 0>} : (tensor<3x1x32x64xf32>, tensor<f32>) -> tensor<3x3x32x64xf32>
    %1740 = "stablehlo.pad"(%1736, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 1, 0, 0>} : (tensor<3x2x32x64xf32>, tensor<f32>) -> tensor<3x3x32x64xf32>
    %1741 = "stablehlo.add"(%1739, %1740) : (tensor<3x3x32x64xf32>, tensor<3x3x32x64xf32>) -> tensor<3x3x32x64xf32>
    %1742 = "stablehlo.transpose"(%1741) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x64xf32>) -> tensor<3x3x64x32xf32>
    %1743 = "stablehlo.multiply"(%1724, %1032) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1744 = "stablehlo.select"(%1031, %1397, %1743) : (tensor<4x4x4x32xi1>, tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1745 = "stablehlo.select"(%1031, %1724, %1397) : (tensor<4x4x4x32xi1>, tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1746 = "stablehlo.add"(%1744, %1745) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1747 = "stablehlo.pad"(%1681, %910) {edge_padding_low = array<i64: 0, 1, 1, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1748 = "stablehlo.slice"(%1747) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 7, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1749 = "stablehlo.multiply"(%1748, %1037) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1750 = "stablehlo.slice"(%1747) {start_indices = array<i64: 0, 1, 0, 0>, limit_indices = array<i64: 4, 8, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1751 = "stablehlo.multiply"(%1750, %1040) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1752 = "stablehlo.add"(%1749, %1751) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1753 = "stablehlo.slice"(%1747) {start_indices = array<i64: 0, 2, 0, 0>, limit_indices = array<i64: 4, 9, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1754 = "stablehlo.multiply"(%1753, %1040) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1755 = "stablehlo.add"(%1752, %1754) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1756 = "stablehlo.slice"(%1747) {start_indices = array<i64: 0, 3, 0, 0>, limit_indices = array<i64: 4, 10, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1757 = "stablehlo.multiply"(%1756, %1037) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1758 = "stablehlo.add"(%1755, %1757) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1759 = "stablehlo.slice"(%1758) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 7, 7, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1760 = "stablehlo.multiply"(%1759, %1050) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1761 = "stablehlo.slice"(%1758) {start_indices = array<i64: 0, 0, 1, 0>, limit_indices = array<i64: 4, 7, 8, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1762 = "stablehlo.multiply"(%1761, %1053) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1763 = "stablehlo.add"(%1760, %1762) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1764 = "stablehlo.slice"(%1758) {start_indices = array<i64: 0, 0, 2, 0>, limit_indices = array<i64: 4, 7, 9, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1765 = "stablehlo.multiply"(%1764, %1053) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1766 = "stablehlo.add"(%1763, %1765) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1767 = "stablehlo.slice"(%1758) {start_indices = array<i64: 0, 0, 3, 0>, limit_indices = array<i64: 4, 7, 10, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x7x10x16xf32>) -> tensor<4x7x7x16xf32>
    %1768 = "stablehlo.multiply"(%1767, %1050) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1769 = "stablehlo.add"(%1766, %1768) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1770 = "stablehlo.pad"(%1769, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x8x8x16xf32>
    %1771 = "stablehlo.reshape"(%1770) : (tensor<4x8x8x16xf32>) -> tensor<4x4x2x4x2x16xf32>
    %1772 = "stablehlo.transpose"(%1771) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x4x2x4x2x16xf32>) -> tensor<4x4x4x2x2x16xf32>
    %1773 = "stablehlo.reshape"(%1772) : (tensor<4x4x4x2x2x16xf32>) -> tensor<4x4x4x64xf32>
    %1774 = "stablehlo.transpose"(%1371) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x64xf32>) -> tensor<1x1x64x32xf32>
    %1775 = "stablehlo.reverse"(%1774) {dimensions = array<i64: 0, 1>} : (tensor<1x1x64x32xf32>) -> tensor<1x1x64x32xf32>
    %1776 = "stablehlo.convolution"(%1773, %1775) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x64xf32>, tensor<1x1x64x32xf32>) -> tensor<4x4x4x32xf32>
    %1777 = "stablehlo.transpose"(%1363) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x4x4x32xf32>) -> tensor<32x4x4x4xf32>
    %1778 = "stablehlo.transpose"(%1773) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x4x4x64xf32>) -> tensor<4x4x4x64xf32>
    %1779 = "stablehlo.convolution"(%1777, %1778) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x4x4x4xf32>, tensor<4x4x4x64xf32>) -> tensor<32x1x1x64xf32>
    %1780 = "stablehlo.transpose"(%1779) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x1x1x64xf32>) -> tensor<1x1x32x64xf32>
    %1781 = "stablehlo.add"(%1746, %1776) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1782 = "stablehlo.reverse"(%1780) {dimensions = array<i64: 0, 1>} : (tensor<1x1x32x64xf32>) -> tensor<1x1x32x64xf32>
    %1783 = "stablehlo.slice"(%1782) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 32, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x32x64xf32>) -> tensor<1x1x32x32xf32>
    %1784 = "stablehlo.pad"(%1783, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 1, 0, 0, 0>} : (tensor<1x1x32x32xf32>, tensor<f32>) -> tensor<1x1x32x32xf32>
    %1785 = "stablehlo.slice"(%1784) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 1, 1, 32, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<1x1x32x32xf32>) -> tensor<1x1x32x16xf32>
    %1786 = "stablehlo.pad"(%1785, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 1, 0, 0>} : (tensor<1x1x32x16xf32>, tensor<f32>) -> tensor<1x1x32x16xf32>
    %1787 = "stablehlo.transpose"(%1786) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<1x1x32x16xf32>) -> tensor<1x1x16x32xf32>
    %1788 = "stablehlo.multiply"(%1781, %1066) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1789 = "stablehlo.reshape"(%1788) : (tensor<4x4x4x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1790 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1791 = "stablehlo.reduce"(%1789, %1790) ({
    ^bb0(%1792: tensor<f32>, %1793: tensor<f32>):
        %1794 = "stablehlo.add"(%1792, %1793) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1794) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x4x4x4x1x32xf32>, tensor<f32>) -> tensor<1x4x4x1x32xf32>
    %1795 = "stablehlo.divide"(%1791, %1074) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1796 = "stablehlo.reshape"(%1795) : (tensor<1x4x4x1x32xf32>) -> tensor<1x1x4x4x1x32xf32>
    %1797 = "stablehlo.reshape"(%1796) : (tensor<1x1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1798 = "stablehlo.broadcast_in_dim"(%1797) {broadcast_dimensions = array<i64: 0, 2, 3, 4, 5>} : (tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1799 = "stablehlo.negate"(%1798) : (tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1800 = "stablehlo.add"(%1789, %1799) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1801 = "stablehlo.multiply"(%1800, %1078) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1802 = "stablehlo.multiply"(%1800, %1347) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1803 = "stablehlo.add"(%1801, %1801) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1804 = "stablehlo.add"(%1802, %1802) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1805 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1806 = "stablehlo.reduce"(%1803, %1805) ({
    ^bb0(%1807: tensor<f32>, %1808: tensor<f32>):
        %1809 = "stablehlo.add"(%1807, %1808) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1809) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x4x4x4x1x32xf32>, tensor<f32>) -> tensor<1x4x4x1x32xf32>
    %1810 = "stablehlo.divide"(%1806, %1074) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1811 = "stablehlo.divide"(%1810, %1088) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1812 = "stablehlo.multiply"(%1810, %1345) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1813 = "stablehlo.divide"(%1812, %1088) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1814 = "stablehlo.negate"(%1813) : (tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1815 = "stablehlo.multiply"(%1811, %1343) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1816 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1817 = "stablehlo.reduce"(%1815, %1816) ({
    ^bb0(%1818: tensor<f32>, %1819: tensor<f32>):
        %1820 = "stablehlo.add"(%1818, %1819) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1820) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 2, 4>} : (tensor<1x4x4x1x32xf32>, tensor<f32>) -> tensor<1x1xf32>
    %1821 = "stablehlo.divide"(%1817, %1094) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %1822 = "stablehlo.broadcast_in_dim"(%1821) {broadcast_dimensions = array<i64: 1, 4>} : (tensor<1x1xf32>) -> tensor<4x1x4x4x1xf32>
    %1823 = "stablehlo.reshape"(%1822) : (tensor<4x1x4x4x1xf32>) -> tensor<4x4x4x1xf32>
    %1824 = "stablehlo.pad"(%1823, %910) {edge_padding_low = array<i64: 0, 0, 0, 32>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x4x4x1xf32>, tensor<f32>) -> tensor<4x4x4x33xf32>
    %1825 = "stablehlo.pad"(%1788, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 1>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x4x4x32xf32>, tensor<f32>) -> tensor<4x4x4x33xf32>
    %1826 = "stablehlo.add"(%1824, %1825) : (tensor<4x4x4x33xf32>, tensor<4x4x4x33xf32>) -> tensor<4x4x4x33xf32>
    %1827 = "stablehlo.transpose"(%1330) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x33xf32>) -> tensor<3x3x33x32xf32>
    %1828 = "stablehlo.reverse"(%1827) {dimensions = array<i64: 0, 1>} : (tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %1829 = "stablehlo.convolution"(%1826, %1828) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x33xf32>, tensor<3x3x33x32xf32>) -> tensor<4x2x2x32xf32>
    %1830 = "stablehlo.transpose"(%1328) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x2x2x32xf32>) -> tensor<32x2x2x4xf32>
    %1831 = "stablehlo.transpose"(%1826) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x4x4x33xf32>) -> tensor<4x4x4x33xf32>
    %1832 = "stablehlo.convolution"(%1830, %1831) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[2, 2], [2, 2]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<32x2x2x4xf32>, tensor<4x4x4x33xf32>) -> tensor<32x3x3x33xf32>
    %1833 = "stablehlo.transpose"(%1832) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x33xf32>) -> tensor<3x3x32x33xf32>
    %1834 = "stablehlo.reverse"(%1833) {dimensions = array<i64: 0, 1>} : (tensor<3x3x32x33xf32>) -> tensor<3x3x32x33xf32>
    %1835 = "stablehlo.transpose"(%1834) {permutation = array<i64: 0, 1, 3, 2>} : (tensor<3x3x32x33xf32>) -> tensor<3x3x33x32xf32>
    %1836 = "stablehlo.multiply"(%1829, %1104) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1837 = "stablehlo.select"(%1103, %1324, %1836) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1838 = "stablehlo.select"(%1103, %1829, %1324) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1839 = "stablehlo.add"(%1837, %1838) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1840 = "stablehlo.reshape"(%1839) : (tensor<4x2x2x32xf32>) -> tensor<4x128xf32>
    %1841 = "stablehlo.dot_general"(%1840, %arg139) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<4x128xf32>, tensor<128x64xf32>) -> tensor<4x64xf32>
    %1842 = "stablehlo.dot_general"(%1840, %1321) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<4x128xf32>, tensor<4x64xf32>) -> tensor<128x64xf32>
    %1843 = "stablehlo.multiply"(%1841, %1113) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1844 = "stablehlo.select"(%1112, %1317, %1843) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1845 = "stablehlo.select"(%1112, %1841, %1317) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1846 = "stablehlo.add"(%1844, %1845) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1847 = "stablehlo.dot_general"(%1846, %1315) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<4x64xf32>, tensor<4x1xf32>) -> tensor<64x1xf32>
    %1848 = "stablehlo.constant"() {value = dense<1.0> : tensor<4x1xf32>} : () -> tensor<4x1xf32>
    %1849 = "stablehlo.add"(%1296, %1848) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1850 = "stablehlo.divide"(%1315, %1849) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1851 = "stablehlo.multiply"(%1850, %1296) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1852 = "stablehlo.negate"(%1851) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1853 = "stablehlo.sign"(%1292) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1854 = "stablehlo.multiply"(%1852, %1853) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1855 = "stablehlo.compare"(%1292, %1285) {comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xi1>
    %1856 = "stablehlo.convert"(%1855) : (tensor<4x1xi1>) -> tensor<4x1xf32>
    %1857 = "stablehlo.compare"(%1292, %1285) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xi1>
    %1858 = "stablehlo.convert"(%1857) : (tensor<4x1xi1>) -> tensor<4x1xf32>
    %1859 = "stablehlo.constant"() {value = dense<0.5> : tensor<4x1xf32>} : () -> tensor<4x1xf32>
    %1860 = "stablehlo.multiply"(%1858, %1859) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1861 = "stablehlo.add"(%1856, %1860) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1862 = "stablehlo.multiply"(%1315, %1861) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1863 = "stablehlo.add"(%1854, %1862) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1864 = "stablehlo.negate"(%1863) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1865 = "stablehlo.add"(%1289, %1848) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1866 = "stablehlo.divide"(%1315, %1865) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1867 = "stablehlo.multiply"(%1866, %1289) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1868 = "stablehlo.negate"(%1867) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1869 = "stablehlo.sign"(%1284) : (tensor<4x1xf32>) -> tensor<4x1xf32>
    %1870 = "stablehlo.multiply"(%1868, %1869) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1871 = "stablehlo.compare"(%1284, %1285) {comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xi1>
    %1872 = "stablehlo.convert"(%1871) : (tensor<4x1xi1>) -> tensor<4x1xf32>
    %1873 = "stablehlo.compare"(%1284, %1285) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xi1>
    %1874 = "stablehlo.convert"(%1873) : (tensor<4x1xi1>) -> tensor<4x1xf32>
    %1875 = "stablehlo.multiply"(%1874, %1859) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1876 = "stablehlo.add"(%1872, %1875) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1877 = "stablehlo.multiply"(%1315, %1876) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1878 = "stablehlo.add"(%1870, %1877) : (tensor<4x1xf32>, tensor<4x1xf32>) -> tensor<4x1xf32>
    %1879 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1880 = "stablehlo.reduce"(%1878, %1879) ({
    ^bb0(%1881: tensor<f32>, %1882: tensor<f32>):
        %1883 = "stablehlo.add"(%1881, %1882) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1883) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<4x1xf32>, tensor<f32>) -> tensor<1xf32>
    %1884 = "stablehlo.dot_general"(%1878, %arg141) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x1xf32>, tensor<64x1xf32>) -> tensor<4x64xf32>
    %1885 = "stablehlo.dot_general"(%1878, %1282) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<4x1xf32>, tensor<4x64xf32>) -> tensor<1x64xf32>
    %1886 = "stablehlo.transpose"(%1885) {permutation = array<i64: 1, 0>} : (tensor<1x64xf32>) -> tensor<64x1xf32>
    %1887 = "stablehlo.add"(%1847, %1886) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %1888 = "stablehlo.select"(%1280, %1884, %1317) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1889 = "stablehlo.select"(%1280, %1317, %1884) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1890 = "stablehlo.multiply"(%1889, %1113) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1891 = "stablehlo.add"(%1888, %1890) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %1892 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1893 = "stablehlo.reduce"(%1891, %1892) ({
    ^bb0(%1894: tensor<f32>, %1895: tensor<f32>):
        %1896 = "stablehlo.add"(%1894, %1895) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1896) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<4x64xf32>, tensor<f32>) -> tensor<64xf32>
    %1897 = "stablehlo.dot_general"(%1891, %arg139) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %1898 = "stablehlo.dot_general"(%1891, %1277) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<4x64xf32>, tensor<4x128xf32>) -> tensor<64x128xf32>
    %1899 = "stablehlo.transpose"(%1898) {permutation = array<i64: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %1900 = "stablehlo.add"(%1842, %1899) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %1901 = "stablehlo.reshape"(%1897) : (tensor<4x128xf32>) -> tensor<4x2x2x32xf32>
    %1902 = "stablehlo.select"(%1274, %1901, %1324) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1903 = "stablehlo.select"(%1274, %1324, %1901) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1904 = "stablehlo.multiply"(%1903, %1104) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1905 = "stablehlo.add"(%1902, %1904) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %1906 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1907 = "stablehlo.reduce"(%1905, %1906) ({
    ^bb0(%1908: tensor<f32>, %1909: tensor<f32>):
        %1910 = "stablehlo.add"(%1908, %1909) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1910) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1911 = "stablehlo.convolution"(%1905, %1330) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[2, 2], [2, 2]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x2x2x32xf32>, tensor<3x3x32x33xf32>) -> tensor<4x4x4x33xf32>
    %1912 = "stablehlo.transpose"(%1271) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x4x4x33xf32>) -> tensor<33x4x4x4xf32>
    %1913 = "stablehlo.transpose"(%1905) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x2x2x32xf32>) -> tensor<2x2x4x32xf32>
    %1914 = "stablehlo.convolution"(%1912, %1913) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<33x4x4x4xf32>, tensor<2x2x4x32xf32>) -> tensor<33x3x3x32xf32>
    %1915 = "stablehlo.transpose"(%1914) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<33x3x3x32xf32>) -> tensor<3x3x33x32xf32>
    %1916 = "stablehlo.add"(%1835, %1915) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %1917 = "stablehlo.slice"(%1911) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 4, 4, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x4x33xf32>) -> tensor<4x4x4x32xf32>
    %1918 = "stablehlo.slice"(%1911) {start_indices = array<i64: 0, 0, 0, 32>, limit_indices = array<i64: 4, 4, 4, 33>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x4x33xf32>) -> tensor<4x4x4x1xf32>
    %1919 = "stablehlo.reshape"(%1918) : (tensor<4x4x4x1xf32>) -> tensor<4x1x4x4x1xf32>
    %1920 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1921 = "stablehlo.reduce"(%1919, %1920) ({
    ^bb0(%1922: tensor<f32>, %1923: tensor<f32>):
        %1924 = "stablehlo.add"(%1922, %1923) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1924) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 2, 3>} : (tensor<4x1x4x4x1xf32>, tensor<f32>) -> tensor<1x1xf32>
    %1925 = "stablehlo.divide"(%1921, %1094) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %1926 = "stablehlo.broadcast_in_dim"(%1925) {broadcast_dimensions = array<i64: 0, 3>} : (tensor<1x1xf32>) -> tensor<1x4x4x1x32xf32>
    %1927 = "stablehlo.multiply"(%1926, %1343) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1928 = "stablehlo.divide"(%1927, %1262) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1929 = "stablehlo.divide"(%1928, %1074) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1930 = "stablehlo.broadcast_in_dim"(%1929) {broadcast_dimensions = array<i64: 0, 2, 3, 4, 5>} : (tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1931 = "stablehlo.multiply"(%1930, %1253) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1932 = "stablehlo.add"(%1931, %1931) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1933 = "stablehlo.negate"(%1932) : (tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1934 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1935 = "stablehlo.reduce"(%1933, %1934) ({
    ^bb0(%1936: tensor<f32>, %1937: tensor<f32>):
        %1938 = "stablehlo.add"(%1936, %1937) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1938) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x4x4x4x1x32xf32>, tensor<f32>) -> tensor<1x4x4x1x32xf32>
    %1939 = "stablehlo.reshape"(%1935) : (tensor<1x4x4x1x32xf32>) -> tensor<1x1x4x4x1x32xf32>
    %1940 = "stablehlo.reshape"(%1939) : (tensor<1x1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1941 = "stablehlo.divide"(%1940, %1074) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %1942 = "stablehlo.broadcast_in_dim"(%1941) {broadcast_dimensions = array<i64: 0, 2, 3, 4, 5>} : (tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1943 = "stablehlo.add"(%1932, %1942) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %1944 = "stablehlo.reshape"(%1943) : (tensor<1x4x4x4x1x32xf32>) -> tensor<4x4x4x32xf32>
    %1945 = "stablehlo.add"(%1917, %1944) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1946 = "stablehlo.multiply"(%1945, %1066) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1947 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1948 = "stablehlo.reduce"(%1946, %1947) ({
    ^bb0(%1949: tensor<f32>, %1950: tensor<f32>):
        %1951 = "stablehlo.add"(%1949, %1950) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1951) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x4x4x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1952 = "stablehlo.convolution"(%1946, %1371) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x32xf32>, tensor<1x1x32x64xf32>) -> tensor<4x4x4x64xf32>
    %1953 = "stablehlo.reshape"(%1952) : (tensor<4x4x4x64xf32>) -> tensor<4x4x4x2x2x16xf32>
    %1954 = "stablehlo.transpose"(%1953) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x4x4x2x2x16xf32>) -> tensor<4x4x2x4x2x16xf32>
    %1955 = "stablehlo.reshape"(%1954) : (tensor<4x4x2x4x2x16xf32>) -> tensor<4x8x8x16xf32>
    %1956 = "stablehlo.slice"(%1955) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 7, 7, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x8x8x16xf32>) -> tensor<4x7x7x16xf32>
    %1957 = "stablehlo.transpose"(%1239) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x7x7x16xf32>) -> tensor<16x7x7x4xf32>
    %1958 = "stablehlo.transpose"(%1946) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1959 = "stablehlo.convolution"(%1957, %1958) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 2, 2>, window_strides = array<i64: 1, 1>} : (tensor<16x7x7x4xf32>, tensor<4x4x4x32xf32>) -> tensor<16x1x1x32xf32>
    %1960 = "stablehlo.transpose"(%1959) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<16x1x1x32xf32>) -> tensor<1x1x16x32xf32>
    %1961 = "stablehlo.add"(%1787, %1960) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %1962 = "stablehlo.multiply"(%1956, %1050) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1963 = "stablehlo.pad"(%1962, %910) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %1964 = "stablehlo.multiply"(%1956, %1053) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %1965 = "stablehlo.pad"(%1964, %910) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %1966 = "stablehlo.add"(%1963, %1965) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1967 = "stablehlo.pad"(%1964, %910) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %1968 = "stablehlo.add"(%1966, %1967) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1969 = "stablehlo.pad"(%1962, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %1970 = "stablehlo.add"(%1968, %1969) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1971 = "stablehlo.multiply"(%1970, %1037) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1972 = "stablehlo.pad"(%1971, %910) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1973 = "stablehlo.multiply"(%1970, %1040) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %1974 = "stablehlo.pad"(%1973, %910) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1975 = "stablehlo.add"(%1972, %1974) : (tensor<4x10x10x16xf32>, tensor<4x10x10x16xf32>) -> tensor<4x10x10x16xf32>
    %1976 = "stablehlo.pad"(%1973, %910) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1977 = "stablehlo.add"(%1975, %1976) : (tensor<4x10x10x16xf32>, tensor<4x10x10x16xf32>) -> tensor<4x10x10x16xf32>
    %1978 = "stablehlo.pad"(%1971, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %1979 = "stablehlo.add"(%1977, %1978) : (tensor<4x10x10x16xf32>, tensor<4x10x10x16xf32>) -> tensor<4x10x10x16xf32>
    %1980 = "stablehlo.slice"(%1979) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 4, 9, 9, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x8x8x16xf32>
    %1981 = "stablehlo.select"(%1214, %1946, %1397) : (tensor<4x4x4x32xi1>, tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1982 = "stablehlo.select"(%1214, %1397, %1946) : (tensor<4x4x4x32xi1>, tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1983 = "stablehlo.multiply"(%1982, %1032) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1984 = "stablehlo.add"(%1981, %1983) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1985 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1986 = "stablehlo.reduce"(%1984, %1985) ({
    ^bb0(%1987: tensor<f32>, %1988: tensor<f32>):
        %1989 = "stablehlo.add"(%1987, %1988) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1989) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x4x4x32xf32>, tensor<f32>) -> tensor<32xf32>
    %1990 = "stablehlo.convolution"(%1984, %1411) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x32xf32>, tensor<2x2x32x256xf32>) -> tensor<4x5x5x256xf32>
    %1991 = "stablehlo.reshape"(%1990) : (tensor<4x5x5x256xf32>) -> tensor<4x5x5x2x2x64xf32>
    %1992 = "stablehlo.transpose"(%1991) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x5x5x2x2x64xf32>) -> tensor<4x5x2x5x2x64xf32>
    %1993 = "stablehlo.reshape"(%1992) : (tensor<4x5x2x5x2x64xf32>) -> tensor<4x10x10x64xf32>
    %1994 = "stablehlo.slice"(%1993) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 9, 9, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x64xf32>) -> tensor<4x9x9x64xf32>
    %1995 = "stablehlo.transpose"(%1211) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x9x9x64xf32>) -> tensor<64x9x9x4xf32>
    %1996 = "stablehlo.transpose"(%1984) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %1997 = "stablehlo.convolution"(%1995, %1996) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 2, 2>, window_strides = array<i64: 1, 1>} : (tensor<64x9x9x4xf32>, tensor<4x4x4x32xf32>) -> tensor<64x3x3x32xf32>
    %1998 = "stablehlo.transpose"(%1997) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<64x3x3x32xf32>) -> tensor<3x3x64x32xf32>
    %1999 = "stablehlo.add"(%1742, %1998) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2000 = "stablehlo.multiply"(%1994, %1015) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %2001 = "stablehlo.pad"(%2000, %910) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %2002 = "stablehlo.multiply"(%1994, %1018) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %2003 = "stablehlo.pad"(%2002, %910) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %2004 = "stablehlo.add"(%2001, %2003) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %2005 = "stablehlo.pad"(%2002, %910) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %2006 = "stablehlo.add"(%2004, %2005) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %2007 = "stablehlo.pad"(%2000, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %2008 = "stablehlo.add"(%2006, %2007) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %2009 = "stablehlo.multiply"(%2008, %1002) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %2010 = "stablehlo.pad"(%2009, %910) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %2011 = "stablehlo.multiply"(%2008, %1005) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %2012 = "stablehlo.pad"(%2011, %910) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %2013 = "stablehlo.add"(%2010, %2012) : (tensor<4x12x12x64xf32>, tensor<4x12x12x64xf32>) -> tensor<4x12x12x64xf32>
    %2014 = "stablehlo.pad"(%2011, %910) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %2015 = "stablehlo.add"(%2013, %2014) : (tensor<4x12x12x64xf32>, tensor<4x12x12x64xf32>) -> tensor<4x12x12x64xf32>
    %2016 = "stablehlo.pad"(%2009, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %2017 = "stablehlo.add"(%2015, %2016) : (tensor<4x12x12x64xf32>, tensor<4x12x12x64xf32>) -> tensor<4x12x12x64xf32>
    %2018 = "stablehlo.slice"(%2017) {start_indices = array<i64: 0, 2, 2, 0>, limit_indices = array<i64: 4, 10, 10, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x8x8x64xf32>
    %2019 = "stablehlo.select"(%1186, %2018, %1437) : (tensor<4x8x8x64xi1>, tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %2020 = "stablehlo.select"(%1186, %1437, %2018) : (tensor<4x8x8x64xi1>, tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %2021 = "stablehlo.multiply"(%2020, %997) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %2022 = "stablehlo.add"(%2019, %2021) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %2023 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2024 = "stablehlo.reduce"(%2022, %2023) ({
    ^bb0(%2025: tensor<f32>, %2026: tensor<f32>):
        %2027 = "stablehlo.add"(%2025, %2026) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2027) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x64xf32>, tensor<f32>) -> tensor<64xf32>
    %2028 = "stablehlo.convolution"(%2022, %1443) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x64xf32>, tensor<3x3x64x16xf32>) -> tensor<4x8x8x16xf32>
    %2029 = "stablehlo.transpose"(%1183) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x8x8x16xf32>) -> tensor<16x8x8x4xf32>
    %2030 = "stablehlo.transpose"(%2022) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x64xf32>) -> tensor<8x8x4x64xf32>
    %2031 = "stablehlo.convolution"(%2029, %2030) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<16x8x8x4xf32>, tensor<8x8x4x64xf32>) -> tensor<16x3x3x64xf32>
    %2032 = "stablehlo.transpose"(%2031) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<16x3x3x64xf32>) -> tensor<3x3x16x64xf32>
    %2033 = "stablehlo.add"(%1980, %2028) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2034 = "stablehlo.add"(%1690, %2032) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2035 = "stablehlo.multiply"(%2033, %990) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2036 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2037 = "stablehlo.reduce"(%2035, %2036) ({
    ^bb0(%2038: tensor<f32>, %2039: tensor<f32>):
        %2040 = "stablehlo.add"(%2038, %2039) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2040) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2041 = "stablehlo.convolution"(%2035, %1455) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x32xf32>) -> tensor<4x8x8x32xf32>
    %2042 = "stablehlo.reshape"(%2041) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x2x2x8xf32>
    %2043 = "stablehlo.transpose"(%2042) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x8x8x2x2x8xf32>) -> tensor<4x8x2x8x2x8xf32>
    %2044 = "stablehlo.reshape"(%2043) : (tensor<4x8x2x8x2x8xf32>) -> tensor<4x16x16x8xf32>
    %2045 = "stablehlo.slice"(%2044) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 15, 15, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x16x16x8xf32>) -> tensor<4x15x15x8xf32>
    %2046 = "stablehlo.transpose"(%1179) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x15x15x8xf32>) -> tensor<8x15x15x4xf32>
    %2047 = "stablehlo.transpose"(%2035) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x16xf32>) -> tensor<8x8x4x16xf32>
    %2048 = "stablehlo.convolution"(%2046, %2047) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 2, 2>, window_strides = array<i64: 1, 1>} : (tensor<8x15x15x4xf32>, tensor<8x8x4x16xf32>) -> tensor<8x1x1x16xf32>
    %2049 = "stablehlo.transpose"(%2048) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<8x1x1x16xf32>) -> tensor<1x1x8x16xf32>
    %2050 = "stablehlo.add"(%1680, %2049) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2051 = "stablehlo.multiply"(%2045, %974) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %2052 = "stablehlo.pad"(%2051, %910) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %2053 = "stablehlo.multiply"(%2045, %977) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %2054 = "stablehlo.pad"(%2053, %910) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %2055 = "stablehlo.add"(%2052, %2054) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %2056 = "stablehlo.pad"(%2053, %910) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %2057 = "stablehlo.add"(%2055, %2056) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %2058 = "stablehlo.pad"(%2051, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %2059 = "stablehlo.add"(%2057, %2058) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %2060 = "stablehlo.multiply"(%2059, %961) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %2061 = "stablehlo.pad"(%2060, %910) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %2062 = "stablehlo.multiply"(%2059, %964) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %2063 = "stablehlo.pad"(%2062, %910) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %2064 = "stablehlo.add"(%2061, %2063) : (tensor<4x18x18x8xf32>, tensor<4x18x18x8xf32>) -> tensor<4x18x18x8xf32>
    %2065 = "stablehlo.pad"(%2062, %910) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %2066 = "stablehlo.add"(%2064, %2065) : (tensor<4x18x18x8xf32>, tensor<4x18x18x8xf32>) -> tensor<4x18x18x8xf32>
    %2067 = "stablehlo.pad"(%2060, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %2068 = "stablehlo.add"(%2066, %2067) : (tensor<4x18x18x8xf32>, tensor<4x18x18x8xf32>) -> tensor<4x18x18x8xf32>
    %2069 = "stablehlo.slice"(%2068) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 4, 17, 17, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x16x16x8xf32>
    %2070 = "stablehlo.select"(%1154, %2035, %1481) : (tensor<4x8x8x16xi1>, tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2071 = "stablehlo.select"(%1154, %1481, %2035) : (tensor<4x8x8x16xi1>, tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2072 = "stablehlo.multiply"(%2071, %956) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2073 = "stablehlo.add"(%2070, %2072) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2074 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2075 = "stablehlo.reduce"(%2073, %2074) ({
    ^bb0(%2076: tensor<f32>, %2077: tensor<f32>):
        %2078 = "stablehlo.add"(%2076, %2077) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2078) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2079 = "stablehlo.convolution"(%2073, %1495) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<2x2x16x128xf32>) -> tensor<4x9x9x128xf32>
    %2080 = "stablehlo.reshape"(%2079) : (tensor<4x9x9x128xf32>) -> tensor<4x9x9x2x2x32xf32>
    %2081 = "stablehlo.transpose"(%2080) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x9x9x2x2x32xf32>) -> tensor<4x9x2x9x2x32xf32>
    %2082 = "stablehlo.reshape"(%2081) : (tensor<4x9x2x9x2x32xf32>) -> tensor<4x18x18x32xf32>
    %2083 = "stablehlo.slice"(%2082) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 17, 17, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x32xf32>) -> tensor<4x17x17x32xf32>
    %2084 = "stablehlo.transpose"(%1151) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x17x17x32xf32>) -> tensor<32x17x17x4xf32>
    %2085 = "stablehlo.transpose"(%2073) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x16xf32>) -> tensor<8x8x4x16xf32>
    %2086 = "stablehlo.convolution"(%2084, %2085) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 2, 2>, window_strides = array<i64: 1, 1>} : (tensor<32x17x17x4xf32>, tensor<8x8x4x16xf32>) -> tensor<32x3x3x16xf32>
    %2087 = "stablehlo.transpose"(%2086) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x16xf32>) -> tensor<3x3x32x16xf32>
    %2088 = "stablehlo.add"(%1635, %2087) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2089 = "stablehlo.multiply"(%2083, %939) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %2090 = "stablehlo.pad"(%2089, %910) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %2091 = "stablehlo.multiply"(%2083, %942) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %2092 = "stablehlo.pad"(%2091, %910) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %2093 = "stablehlo.add"(%2090, %2092) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %2094 = "stablehlo.pad"(%2091, %910) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %2095 = "stablehlo.add"(%2093, %2094) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %2096 = "stablehlo.pad"(%2089, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %2097 = "stablehlo.add"(%2095, %2096) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %2098 = "stablehlo.multiply"(%2097, %926) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %2099 = "stablehlo.pad"(%2098, %910) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %2100 = "stablehlo.multiply"(%2097, %929) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %2101 = "stablehlo.pad"(%2100, %910) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %2102 = "stablehlo.add"(%2099, %2101) : (tensor<4x20x20x32xf32>, tensor<4x20x20x32xf32>) -> tensor<4x20x20x32xf32>
    %2103 = "stablehlo.pad"(%2100, %910) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %2104 = "stablehlo.add"(%2102, %2103) : (tensor<4x20x20x32xf32>, tensor<4x20x20x32xf32>) -> tensor<4x20x20x32xf32>
    %2105 = "stablehlo.pad"(%2098, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %2106 = "stablehlo.add"(%2104, %2105) : (tensor<4x20x20x32xf32>, tensor<4x20x20x32xf32>) -> tensor<4x20x20x32xf32>
    %2107 = "stablehlo.slice"(%2106) {start_indices = array<i64: 0, 2, 2, 0>, limit_indices = array<i64: 4, 18, 18, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x16x16x32xf32>
    %2108 = "stablehlo.select"(%1126, %2107, %1521) : (tensor<4x16x16x32xi1>, tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2109 = "stablehlo.select"(%1126, %1521, %2107) : (tensor<4x16x16x32xi1>, tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2110 = "stablehlo.multiply"(%2109, %921) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2111 = "stablehlo.add"(%2108, %2110) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2112 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2113 = "stablehlo.reduce"(%2111, %2112) ({
    ^bb0(%2114: tensor<f32>, %2115: tensor<f32>):
        %2116 = "stablehlo.add"(%2114, %2115) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2116) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2117 = "stablehlo.convolution"(%2111, %1527) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x8xf32>) -> tensor<4x16x16x8xf32>
    %2118 = "stablehlo.transpose"(%1123) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x8xf32>) -> tensor<8x16x16x4xf32>
    %2119 = "stablehlo.transpose"(%2111) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %2120 = "stablehlo.convolution"(%2118, %2119) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<8x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<8x3x3x32xf32>
    %2121 = "stablehlo.transpose"(%2120) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<8x3x3x32xf32>) -> tensor<3x3x8x32xf32>
    %2122 = "stablehlo.add"(%2069, %2117) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %2123 = "stablehlo.add"(%1583, %2121) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2124 = "stablehlo.select"(%1121, %2122, %1531) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %2125 = "stablehlo.select"(%1121, %1531, %2122) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %2126 = "stablehlo.multiply"(%2125, %913) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %2127 = "stablehlo.add"(%2124, %2126) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %2128 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2129 = "stablehlo.reduce"(%2127, %2128) ({
    ^bb0(%2130: tensor<f32>, %2131: tensor<f32>):
        %2132 = "stablehlo.add"(%2130, %2131) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2132) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x8xf32>, tensor<f32>) -> tensor<8xf32>
    %2133 = "stablehlo.transpose"(%906) {permutation = array<i64: 3, 1, 2, 0>} : (tensor<4x16x16x3xf32>) -> tensor<3x16x16x4xf32>
    %2134 = "stablehlo.transpose"(%2127) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x8xf32>) -> tensor<16x16x4x8xf32>
    %2135 = "stablehlo.convolution"(%2133, %2134) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<3x16x16x4xf32>, tensor<16x16x4x8xf32>) -> tensor<3x1x1x8xf32>
    %2136 = "stablehlo.transpose"(%2135) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<3x1x1x8xf32>) -> tensor<1x1x3x8xf32>
    %2137 = "stablehlo.add"(%1570, %2136) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2138 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2139 = "stablehlo.reduce"(%1864, %2138) ({
    ^bb0(%2140: tensor<f32>, %2141: tensor<f32>):
        %2142 = "stablehlo.add"(%2140, %2141) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2142) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<4x1xf32>, tensor<f32>) -> tensor<1xf32>
    %2143 = "stablehlo.add"(%1880, %2139) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2144 = "stablehlo.dot_general"(%1864, %arg141) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x1xf32>, tensor<64x1xf32>) -> tensor<4x64xf32>
    %2145 = "stablehlo.dot_general"(%1864, %1115) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<4x1xf32>, tensor<4x64xf32>) -> tensor<1x64xf32>
    %2146 = "stablehlo.transpose"(%2145) {permutation = array<i64: 1, 0>} : (tensor<1x64xf32>) -> tensor<64x1xf32>
    %2147 = "stablehlo.add"(%1887, %2146) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %2148 = "stablehlo.select"(%1112, %2144, %1317) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2149 = "stablehlo.select"(%1112, %1317, %2144) : (tensor<4x64xi1>, tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2150 = "stablehlo.multiply"(%2149, %1113) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2151 = "stablehlo.add"(%2148, %2150) : (tensor<4x64xf32>, tensor<4x64xf32>) -> tensor<4x64xf32>
    %2152 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2153 = "stablehlo.reduce"(%2151, %2152) ({
    ^bb0(%2154: tensor<f32>, %2155: tensor<f32>):
        %2156 = "stablehlo.add"(%2154, %2155) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2156) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<4x64xf32>, tensor<f32>) -> tensor<64xf32>
    %2157 = "stablehlo.add"(%1893, %2153) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2158 = "stablehlo.dot_general"(%2151, %arg139) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<4x64xf32>, tensor<128x64xf32>) -> tensor<4x128xf32>
    %2159 = "stablehlo.dot_general"(%2151, %1107) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<4x64xf32>, tensor<4x128xf32>) -> tensor<64x128xf32>
    %2160 = "stablehlo.transpose"(%2159) {permutation = array<i64: 1, 0>} : (tensor<64x128xf32>) -> tensor<128x64xf32>
    %2161 = "stablehlo.add"(%1900, %2160) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %2162 = "stablehlo.reshape"(%2158) : (tensor<4x128xf32>) -> tensor<4x2x2x32xf32>
    %2163 = "stablehlo.select"(%1103, %2162, %1324) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2164 = "stablehlo.select"(%1103, %1324, %2162) : (tensor<4x2x2x32xi1>, tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2165 = "stablehlo.multiply"(%2164, %1104) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2166 = "stablehlo.add"(%2163, %2165) : (tensor<4x2x2x32xf32>, tensor<4x2x2x32xf32>) -> tensor<4x2x2x32xf32>
    %2167 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2168 = "stablehlo.reduce"(%2166, %2167) ({
    ^bb0(%2169: tensor<f32>, %2170: tensor<f32>):
        %2171 = "stablehlo.add"(%2169, %2170) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2171) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x2x2x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2172 = "stablehlo.add"(%1907, %2168) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2173 = "stablehlo.convolution"(%2166, %1330) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[2, 2], [2, 2]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x2x2x32xf32>, tensor<3x3x32x33xf32>) -> tensor<4x4x4x33xf32>
    %2174 = "stablehlo.transpose"(%2166) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x2x2x32xf32>) -> tensor<2x2x4x32xf32>
    %2175 = "stablehlo.convolution"(%1332, %2174) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<33x4x4x4xf32>, tensor<2x2x4x32xf32>) -> tensor<33x3x3x32xf32>
    %2176 = "stablehlo.transpose"(%2175) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<33x3x3x32xf32>) -> tensor<3x3x33x32xf32>
    %2177 = "stablehlo.add"(%1916, %2176) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2178 = "stablehlo.slice"(%2173) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 4, 4, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x4x33xf32>) -> tensor<4x4x4x32xf32>
    %2179 = "stablehlo.slice"(%2173) {start_indices = array<i64: 0, 0, 0, 32>, limit_indices = array<i64: 4, 4, 4, 33>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x4x4x33xf32>) -> tensor<4x4x4x1xf32>
    %2180 = "stablehlo.reshape"(%2179) : (tensor<4x4x4x1xf32>) -> tensor<4x1x4x4x1xf32>
    %2181 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2182 = "stablehlo.reduce"(%2180, %2181) ({
    ^bb0(%2183: tensor<f32>, %2184: tensor<f32>):
        %2185 = "stablehlo.add"(%2183, %2184) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2185) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 2, 3>} : (tensor<4x1x4x4x1xf32>, tensor<f32>) -> tensor<1x1xf32>
    %2186 = "stablehlo.divide"(%2182, %1094) : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xf32>
    %2187 = "stablehlo.broadcast_in_dim"(%2186) {broadcast_dimensions = array<i64: 0, 3>} : (tensor<1x1xf32>) -> tensor<1x4x4x1x32xf32>
    %2188 = "stablehlo.add"(%1814, %2187) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %2189 = "stablehlo.multiply"(%2188, %1343) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %2190 = "stablehlo.divide"(%2189, %1088) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %2191 = "stablehlo.divide"(%2190, %1074) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %2192 = "stablehlo.broadcast_in_dim"(%2191) {broadcast_dimensions = array<i64: 0, 2, 3, 4, 5>} : (tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %2193 = "stablehlo.multiply"(%2192, %1078) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %2194 = "stablehlo.add"(%1804, %2193) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %2195 = "stablehlo.add"(%2194, %2193) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %2196 = "stablehlo.negate"(%2195) : (tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %2197 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2198 = "stablehlo.reduce"(%2196, %2197) ({
    ^bb0(%2199: tensor<f32>, %2200: tensor<f32>):
        %2201 = "stablehlo.add"(%2199, %2200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2201) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<1x4x4x4x1x32xf32>, tensor<f32>) -> tensor<1x4x4x1x32xf32>
    %2202 = "stablehlo.reshape"(%2198) : (tensor<1x4x4x1x32xf32>) -> tensor<1x1x4x4x1x32xf32>
    %2203 = "stablehlo.reshape"(%2202) : (tensor<1x1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %2204 = "stablehlo.divide"(%2203, %1074) : (tensor<1x4x4x1x32xf32>, tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x1x32xf32>
    %2205 = "stablehlo.broadcast_in_dim"(%2204) {broadcast_dimensions = array<i64: 0, 2, 3, 4, 5>} : (tensor<1x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %2206 = "stablehlo.add"(%2195, %2205) : (tensor<1x4x4x4x1x32xf32>, tensor<1x4x4x4x1x32xf32>) -> tensor<1x4x4x4x1x32xf32>
    %2207 = "stablehlo.reshape"(%2206) : (tensor<1x4x4x4x1x32xf32>) -> tensor<4x4x4x32xf32>
    %2208 = "stablehlo.add"(%2178, %2207) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %2209 = "stablehlo.multiply"(%2208, %1066) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %2210 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2211 = "stablehlo.reduce"(%2209, %2210) ({
    ^bb0(%2212: tensor<f32>, %2213: tensor<f32>):
        %2214 = "stablehlo.add"(%2212, %2213) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2214) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x4x4x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2215 = "stablehlo.add"(%1948, %2211) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2216 = "stablehlo.convolution"(%2209, %1371) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x32xf32>, tensor<1x1x32x64xf32>) -> tensor<4x4x4x64xf32>
    %2217 = "stablehlo.reshape"(%2216) : (tensor<4x4x4x64xf32>) -> tensor<4x4x4x2x2x16xf32>
    %2218 = "stablehlo.transpose"(%2217) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x4x4x2x2x16xf32>) -> tensor<4x4x2x4x2x16xf32>
    %2219 = "stablehlo.reshape"(%2218) : (tensor<4x4x2x4x2x16xf32>) -> tensor<4x8x8x16xf32>
    %2220 = "stablehlo.slice"(%2219) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 7, 7, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x8x8x16xf32>) -> tensor<4x7x7x16xf32>
    %2221 = "stablehlo.transpose"(%2209) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %2222 = "stablehlo.convolution"(%1377, %2221) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 2, 2>, window_strides = array<i64: 1, 1>} : (tensor<16x7x7x4xf32>, tensor<4x4x4x32xf32>) -> tensor<16x1x1x32xf32>
    %2223 = "stablehlo.transpose"(%2222) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<16x1x1x32xf32>) -> tensor<1x1x16x32xf32>
    %2224 = "stablehlo.add"(%1961, %2223) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2225 = "stablehlo.multiply"(%2220, %1050) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %2226 = "stablehlo.pad"(%2225, %910) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %2227 = "stablehlo.multiply"(%2220, %1053) : (tensor<4x7x7x16xf32>, tensor<4x7x7x16xf32>) -> tensor<4x7x7x16xf32>
    %2228 = "stablehlo.pad"(%2227, %910) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %2229 = "stablehlo.add"(%2226, %2228) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %2230 = "stablehlo.pad"(%2227, %910) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %2231 = "stablehlo.add"(%2229, %2230) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %2232 = "stablehlo.pad"(%2225, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x7x16xf32>, tensor<f32>) -> tensor<4x7x10x16xf32>
    %2233 = "stablehlo.add"(%2231, %2232) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %2234 = "stablehlo.multiply"(%2233, %1037) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %2235 = "stablehlo.pad"(%2234, %910) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %2236 = "stablehlo.multiply"(%2233, %1040) : (tensor<4x7x10x16xf32>, tensor<4x7x10x16xf32>) -> tensor<4x7x10x16xf32>
    %2237 = "stablehlo.pad"(%2236, %910) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %2238 = "stablehlo.add"(%2235, %2237) : (tensor<4x10x10x16xf32>, tensor<4x10x10x16xf32>) -> tensor<4x10x10x16xf32>
    %2239 = "stablehlo.pad"(%2236, %910) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %2240 = "stablehlo.add"(%2238, %2239) : (tensor<4x10x10x16xf32>, tensor<4x10x10x16xf32>) -> tensor<4x10x10x16xf32>
    %2241 = "stablehlo.pad"(%2234, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x7x10x16xf32>, tensor<f32>) -> tensor<4x10x10x16xf32>
    %2242 = "stablehlo.add"(%2240, %2241) : (tensor<4x10x10x16xf32>, tensor<4x10x10x16xf32>) -> tensor<4x10x10x16xf32>
    %2243 = "stablehlo.slice"(%2242) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 4, 9, 9, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x16xf32>) -> tensor<4x8x8x16xf32>
    %2244 = "stablehlo.select"(%1031, %2209, %1397) : (tensor<4x4x4x32xi1>, tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %2245 = "stablehlo.select"(%1031, %1397, %2209) : (tensor<4x4x4x32xi1>, tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %2246 = "stablehlo.multiply"(%2245, %1032) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %2247 = "stablehlo.add"(%2244, %2246) : (tensor<4x4x4x32xf32>, tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %2248 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2249 = "stablehlo.reduce"(%2247, %2248) ({
    ^bb0(%2250: tensor<f32>, %2251: tensor<f32>):
        %2252 = "stablehlo.add"(%2250, %2251) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2252) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x4x4x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2253 = "stablehlo.add"(%1986, %2249) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2254 = "stablehlo.convolution"(%2247, %1411) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x4x4x32xf32>, tensor<2x2x32x256xf32>) -> tensor<4x5x5x256xf32>
    %2255 = "stablehlo.reshape"(%2254) : (tensor<4x5x5x256xf32>) -> tensor<4x5x5x2x2x64xf32>
    %2256 = "stablehlo.transpose"(%2255) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x5x5x2x2x64xf32>) -> tensor<4x5x2x5x2x64xf32>
    %2257 = "stablehlo.reshape"(%2256) : (tensor<4x5x2x5x2x64xf32>) -> tensor<4x10x10x64xf32>
    %2258 = "stablehlo.slice"(%2257) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 9, 9, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x10x10x64xf32>) -> tensor<4x9x9x64xf32>
    %2259 = "stablehlo.transpose"(%2247) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x4x4x32xf32>) -> tensor<4x4x4x32xf32>
    %2260 = "stablehlo.convolution"(%1417, %2259) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 2, 2>, window_strides = array<i64: 1, 1>} : (tensor<64x9x9x4xf32>, tensor<4x4x4x32xf32>) -> tensor<64x3x3x32xf32>
    %2261 = "stablehlo.transpose"(%2260) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<64x3x3x32xf32>) -> tensor<3x3x64x32xf32>
    %2262 = "stablehlo.add"(%1999, %2261) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2263 = "stablehlo.multiply"(%2258, %1015) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %2264 = "stablehlo.pad"(%2263, %910) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %2265 = "stablehlo.multiply"(%2258, %1018) : (tensor<4x9x9x64xf32>, tensor<4x9x9x64xf32>) -> tensor<4x9x9x64xf32>
    %2266 = "stablehlo.pad"(%2265, %910) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %2267 = "stablehlo.add"(%2264, %2266) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %2268 = "stablehlo.pad"(%2265, %910) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %2269 = "stablehlo.add"(%2267, %2268) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %2270 = "stablehlo.pad"(%2263, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x9x64xf32>, tensor<f32>) -> tensor<4x9x12x64xf32>
    %2271 = "stablehlo.add"(%2269, %2270) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %2272 = "stablehlo.multiply"(%2271, %1002) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %2273 = "stablehlo.pad"(%2272, %910) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %2274 = "stablehlo.multiply"(%2271, %1005) : (tensor<4x9x12x64xf32>, tensor<4x9x12x64xf32>) -> tensor<4x9x12x64xf32>
    %2275 = "stablehlo.pad"(%2274, %910) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %2276 = "stablehlo.add"(%2273, %2275) : (tensor<4x12x12x64xf32>, tensor<4x12x12x64xf32>) -> tensor<4x12x12x64xf32>
    %2277 = "stablehlo.pad"(%2274, %910) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %2278 = "stablehlo.add"(%2276, %2277) : (tensor<4x12x12x64xf32>, tensor<4x12x12x64xf32>) -> tensor<4x12x12x64xf32>
    %2279 = "stablehlo.pad"(%2272, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x9x12x64xf32>, tensor<f32>) -> tensor<4x12x12x64xf32>
    %2280 = "stablehlo.add"(%2278, %2279) : (tensor<4x12x12x64xf32>, tensor<4x12x12x64xf32>) -> tensor<4x12x12x64xf32>
    %2281 = "stablehlo.slice"(%2280) {start_indices = array<i64: 0, 2, 2, 0>, limit_indices = array<i64: 4, 10, 10, 64>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x12x12x64xf32>) -> tensor<4x8x8x64xf32>
    %2282 = "stablehlo.select"(%996, %2281, %1437) : (tensor<4x8x8x64xi1>, tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %2283 = "stablehlo.select"(%996, %1437, %2281) : (tensor<4x8x8x64xi1>, tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %2284 = "stablehlo.multiply"(%2283, %997) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %2285 = "stablehlo.add"(%2282, %2284) : (tensor<4x8x8x64xf32>, tensor<4x8x8x64xf32>) -> tensor<4x8x8x64xf32>
    %2286 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2287 = "stablehlo.reduce"(%2285, %2286) ({
    ^bb0(%2288: tensor<f32>, %2289: tensor<f32>):
        %2290 = "stablehlo.add"(%2288, %2289) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2290) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x64xf32>, tensor<f32>) -> tensor<64xf32>
    %2291 = "stablehlo.add"(%2024, %2287) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2292 = "stablehlo.convolution"(%2285, %1443) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x64xf32>, tensor<3x3x64x16xf32>) -> tensor<4x8x8x16xf32>
    %2293 = "stablehlo.transpose"(%2285) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x64xf32>) -> tensor<8x8x4x64xf32>
    %2294 = "stablehlo.convolution"(%1445, %2293) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<16x8x8x4xf32>, tensor<8x8x4x64xf32>) -> tensor<16x3x3x64xf32>
    %2295 = "stablehlo.transpose"(%2294) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<16x3x3x64xf32>) -> tensor<3x3x16x64xf32>
    %2296 = "stablehlo.add"(%2243, %2292) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2297 = "stablehlo.add"(%2034, %2295) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2298 = "stablehlo.multiply"(%2296, %990) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2299 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2300 = "stablehlo.reduce"(%2298, %2299) ({
    ^bb0(%2301: tensor<f32>, %2302: tensor<f32>):
        %2303 = "stablehlo.add"(%2301, %2302) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2303) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2304 = "stablehlo.add"(%2037, %2300) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2305 = "stablehlo.convolution"(%2298, %1455) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<1x1x16x32xf32>) -> tensor<4x8x8x32xf32>
    %2306 = "stablehlo.reshape"(%2305) : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x2x2x8xf32>
    %2307 = "stablehlo.transpose"(%2306) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x8x8x2x2x8xf32>) -> tensor<4x8x2x8x2x8xf32>
    %2308 = "stablehlo.reshape"(%2307) : (tensor<4x8x2x8x2x8xf32>) -> tensor<4x16x16x8xf32>
    %2309 = "stablehlo.slice"(%2308) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 15, 15, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x16x16x8xf32>) -> tensor<4x15x15x8xf32>
    %2310 = "stablehlo.transpose"(%2298) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x16xf32>) -> tensor<8x8x4x16xf32>
    %2311 = "stablehlo.convolution"(%1461, %2310) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 2, 2>, window_strides = array<i64: 1, 1>} : (tensor<8x15x15x4xf32>, tensor<8x8x4x16xf32>) -> tensor<8x1x1x16xf32>
    %2312 = "stablehlo.transpose"(%2311) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<8x1x1x16xf32>) -> tensor<1x1x8x16xf32>
    %2313 = "stablehlo.add"(%2050, %2312) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2314 = "stablehlo.multiply"(%2309, %974) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %2315 = "stablehlo.pad"(%2314, %910) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %2316 = "stablehlo.multiply"(%2309, %977) : (tensor<4x15x15x8xf32>, tensor<4x15x15x8xf32>) -> tensor<4x15x15x8xf32>
    %2317 = "stablehlo.pad"(%2316, %910) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %2318 = "stablehlo.add"(%2315, %2317) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %2319 = "stablehlo.pad"(%2316, %910) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %2320 = "stablehlo.add"(%2318, %2319) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %2321 = "stablehlo.pad"(%2314, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x15x8xf32>, tensor<f32>) -> tensor<4x15x18x8xf32>
    %2322 = "stablehlo.add"(%2320, %2321) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %2323 = "stablehlo.multiply"(%2322, %961) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %2324 = "stablehlo.pad"(%2323, %910) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %2325 = "stablehlo.multiply"(%2322, %964) : (tensor<4x15x18x8xf32>, tensor<4x15x18x8xf32>) -> tensor<4x15x18x8xf32>
    %2326 = "stablehlo.pad"(%2325, %910) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %2327 = "stablehlo.add"(%2324, %2326) : (tensor<4x18x18x8xf32>, tensor<4x18x18x8xf32>) -> tensor<4x18x18x8xf32>
    %2328 = "stablehlo.pad"(%2325, %910) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %2329 = "stablehlo.add"(%2327, %2328) : (tensor<4x18x18x8xf32>, tensor<4x18x18x8xf32>) -> tensor<4x18x18x8xf32>
    %2330 = "stablehlo.pad"(%2323, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x15x18x8xf32>, tensor<f32>) -> tensor<4x18x18x8xf32>
    %2331 = "stablehlo.add"(%2329, %2330) : (tensor<4x18x18x8xf32>, tensor<4x18x18x8xf32>) -> tensor<4x18x18x8xf32>
    %2332 = "stablehlo.slice"(%2331) {start_indices = array<i64: 0, 1, 1, 0>, limit_indices = array<i64: 4, 17, 17, 8>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x8xf32>) -> tensor<4x16x16x8xf32>
    %2333 = "stablehlo.select"(%955, %2298, %1481) : (tensor<4x8x8x16xi1>, tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2334 = "stablehlo.select"(%955, %1481, %2298) : (tensor<4x8x8x16xi1>, tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2335 = "stablehlo.multiply"(%2334, %956) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2336 = "stablehlo.add"(%2333, %2335) : (tensor<4x8x8x16xf32>, tensor<4x8x8x16xf32>) -> tensor<4x8x8x16xf32>
    %2337 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2338 = "stablehlo.reduce"(%2336, %2337) ({
    ^bb0(%2339: tensor<f32>, %2340: tensor<f32>):
        %2341 = "stablehlo.add"(%2339, %2340) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2341) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x8x8x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2342 = "stablehlo.add"(%2075, %2338) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2343 = "stablehlo.convolution"(%2336, %1495) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x8x8x16xf32>, tensor<2x2x16x128xf32>) -> tensor<4x9x9x128xf32>
    %2344 = "stablehlo.reshape"(%2343) : (tensor<4x9x9x128xf32>) -> tensor<4x9x9x2x2x32xf32>
    %2345 = "stablehlo.transpose"(%2344) {permutation = array<i64: 0, 1, 3, 2, 4, 5>} : (tensor<4x9x9x2x2x32xf32>) -> tensor<4x9x2x9x2x32xf32>
    %2346 = "stablehlo.reshape"(%2345) : (tensor<4x9x2x9x2x32xf32>) -> tensor<4x18x18x32xf32>
    %2347 = "stablehlo.slice"(%2346) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 17, 17, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x18x18x32xf32>) -> tensor<4x17x17x32xf32>
    %2348 = "stablehlo.transpose"(%2336) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x8x8x16xf32>) -> tensor<8x8x4x16xf32>
    %2349 = "stablehlo.convolution"(%1501, %2348) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 2, 2>, window_strides = array<i64: 1, 1>} : (tensor<32x17x17x4xf32>, tensor<8x8x4x16xf32>) -> tensor<32x3x3x16xf32>
    %2350 = "stablehlo.transpose"(%2349) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<32x3x3x16xf32>) -> tensor<3x3x32x16xf32>
    %2351 = "stablehlo.add"(%2088, %2350) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2352 = "stablehlo.multiply"(%2347, %939) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %2353 = "stablehlo.pad"(%2352, %910) {edge_padding_low = array<i64: 0, 0, 3, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %2354 = "stablehlo.multiply"(%2347, %942) : (tensor<4x17x17x32xf32>, tensor<4x17x17x32xf32>) -> tensor<4x17x17x32xf32>
    %2355 = "stablehlo.pad"(%2354, %910) {edge_padding_low = array<i64: 0, 0, 2, 0>, edge_padding_high = array<i64: 0, 0, 1, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %2356 = "stablehlo.add"(%2353, %2355) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %2357 = "stablehlo.pad"(%2354, %910) {edge_padding_low = array<i64: 0, 0, 1, 0>, edge_padding_high = array<i64: 0, 0, 2, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %2358 = "stablehlo.add"(%2356, %2357) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %2359 = "stablehlo.pad"(%2352, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 3, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x17x32xf32>, tensor<f32>) -> tensor<4x17x20x32xf32>
    %2360 = "stablehlo.add"(%2358, %2359) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %2361 = "stablehlo.multiply"(%2360, %926) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %2362 = "stablehlo.pad"(%2361, %910) {edge_padding_low = array<i64: 0, 3, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %2363 = "stablehlo.multiply"(%2360, %929) : (tensor<4x17x20x32xf32>, tensor<4x17x20x32xf32>) -> tensor<4x17x20x32xf32>
    %2364 = "stablehlo.pad"(%2363, %910) {edge_padding_low = array<i64: 0, 2, 0, 0>, edge_padding_high = array<i64: 0, 1, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %2365 = "stablehlo.add"(%2362, %2364) : (tensor<4x20x20x32xf32>, tensor<4x20x20x32xf32>) -> tensor<4x20x20x32xf32>
    %2366 = "stablehlo.pad"(%2363, %910) {edge_padding_low = array<i64: 0, 1, 0, 0>, edge_padding_high = array<i64: 0, 2, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %2367 = "stablehlo.add"(%2365, %2366) : (tensor<4x20x20x32xf32>, tensor<4x20x20x32xf32>) -> tensor<4x20x20x32xf32>
    %2368 = "stablehlo.pad"(%2361, %910) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 3, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<4x17x20x32xf32>, tensor<f32>) -> tensor<4x20x20x32xf32>
    %2369 = "stablehlo.add"(%2367, %2368) : (tensor<4x20x20x32xf32>, tensor<4x20x20x32xf32>) -> tensor<4x20x20x32xf32>
    %2370 = "stablehlo.slice"(%2369) {start_indices = array<i64: 0, 2, 2, 0>, limit_indices = array<i64: 4, 18, 18, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x20x20x32xf32>) -> tensor<4x16x16x32xf32>
    %2371 = "stablehlo.select"(%920, %2370, %1521) : (tensor<4x16x16x32xi1>, tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2372 = "stablehlo.select"(%920, %1521, %2370) : (tensor<4x16x16x32xi1>, tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2373 = "stablehlo.multiply"(%2372, %921) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2374 = "stablehlo.add"(%2371, %2373) : (tensor<4x16x16x32xf32>, tensor<4x16x16x32xf32>) -> tensor<4x16x16x32xf32>
    %2375 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2376 = "stablehlo.reduce"(%2374, %2375) ({
    ^bb0(%2377: tensor<f32>, %2378: tensor<f32>):
        %2379 = "stablehlo.add"(%2377, %2378) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2379) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x32xf32>, tensor<f32>) -> tensor<32xf32>
    %2380 = "stablehlo.add"(%2113, %2376) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2381 = "stablehlo.convolution"(%2374, %1527) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<4x16x16x32xf32>, tensor<3x3x32x8xf32>) -> tensor<4x16x16x8xf32>
    %2382 = "stablehlo.transpose"(%2374) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x32xf32>) -> tensor<16x16x4x32xf32>
    %2383 = "stablehlo.convolution"(%1529, %2382) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<8x16x16x4xf32>, tensor<16x16x4x32xf32>) -> tensor<8x3x3x32xf32>
    %2384 = "stablehlo.transpose"(%2383) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<8x3x3x32xf32>) -> tensor<3x3x8x32xf32>
    %2385 = "stablehlo.add"(%2332, %2381) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %2386 = "stablehlo.add"(%2123, %2384) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2387 = "stablehlo.select"(%912, %2385, %1531) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %2388 = "stablehlo.select"(%912, %1531, %2385) : (tensor<4x16x16x8xi1>, tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %2389 = "stablehlo.multiply"(%2388, %913) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %2390 = "stablehlo.add"(%2387, %2389) : (tensor<4x16x16x8xf32>, tensor<4x16x16x8xf32>) -> tensor<4x16x16x8xf32>
    %2391 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2392 = "stablehlo.reduce"(%2390, %2391) ({
    ^bb0(%2393: tensor<f32>, %2394: tensor<f32>):
        %2395 = "stablehlo.add"(%2393, %2394) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2395) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<4x16x16x8xf32>, tensor<f32>) -> tensor<8xf32>
    %2396 = "stablehlo.add"(%2129, %2392) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2397 = "stablehlo.transpose"(%2390) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<4x16x16x8xf32>) -> tensor<16x16x4x8xf32>
    %2398 = "stablehlo.convolution"(%1539, %2397) {batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>, feature_group_count = 1 : i64, lhs_dilation = array<i64: 1, 1>, padding = dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>, rhs_dilation = array<i64: 1, 1>, window_strides = array<i64: 1, 1>} : (tensor<3x16x16x4xf32>, tensor<16x16x4x8xf32>) -> tensor<3x1x1x8xf32>
    %2399 = "stablehlo.transpose"(%2398) {permutation = array<i64: 1, 2, 0, 3>} : (tensor<3x1x1x8xf32>) -> tensor<1x1x3x8xf32>
    %2400 = "stablehlo.add"(%2137, %2399) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2401 = "stablehlo.multiply"(%2400, %2400) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2402 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2403 = "stablehlo.reduce"(%2401, %2402) ({
    ^bb0(%2404: tensor<f32>, %2405: tensor<f32>):
        %2406 = "stablehlo.add"(%2404, %2405) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2406) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x3x8xf32>, tensor<f32>) -> tensor<f32>
    %2407 = "stablehlo.multiply"(%2396, %2396) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2408 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2409 = "stablehlo.reduce"(%2407, %2408) ({
    ^bb0(%2410: tensor<f32>, %2411: tensor<f32>):
        %2412 = "stablehlo.add"(%2410, %2411) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2412) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %2413 = "stablehlo.add"(%2403, %2409) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2414 = "stablehlo.multiply"(%2386, %2386) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2415 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2416 = "stablehlo.reduce"(%2414, %2415) ({
    ^bb0(%2417: tensor<f32>, %2418: tensor<f32>):
        %2419 = "stablehlo.add"(%2417, %2418) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2419) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x8x32xf32>, tensor<f32>) -> tensor<f32>
    %2420 = "stablehlo.add"(%2413, %2416) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2421 = "stablehlo.multiply"(%2380, %2380) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2422 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2423 = "stablehlo.reduce"(%2421, %2422) ({
    ^bb0(%2424: tensor<f32>, %2425: tensor<f32>):
        %2426 = "stablehlo.add"(%2424, %2425) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2426) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %2427 = "stablehlo.add"(%2420, %2423) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2428 = "stablehlo.multiply"(%2351, %2351) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2429 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2430 = "stablehlo.reduce"(%2428, %2429) ({
    ^bb0(%2431: tensor<f32>, %2432: tensor<f32>):
        %2433 = "stablehlo.add"(%2431, %2432) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2433) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x32x16xf32>, tensor<f32>) -> tensor<f32>
    %2434 = "stablehlo.add"(%2427, %2430) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2435 = "stablehlo.multiply"(%2342, %2342) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2436 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2437 = "stablehlo.reduce"(%2435, %2436) ({
    ^bb0(%2438: tensor<f32>, %2439: tensor<f32>):
        %2440 = "stablehlo.add"(%2438, %2439) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2440) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %2441 = "stablehlo.add"(%2434, %2437) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2442 = "stablehlo.multiply"(%2313, %2313) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2443 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2444 = "stablehlo.reduce"(%2442, %2443) ({
    ^bb0(%2445: tensor<f32>, %2446: tensor<f32>):
        %2447 = "stablehlo.add"(%2445, %2446) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2447) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x8x16xf32>, tensor<f32>) -> tensor<f32>
    %2448 = "stablehlo.add"(%2441, %2444) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2449 = "stablehlo.multiply"(%2304, %2304) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2450 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2451 = "stablehlo.reduce"(%2449, %2450) ({
    ^bb0(%2452: tensor<f32>, %2453: tensor<f32>):
        %2454 = "stablehlo.add"(%2452, %2453) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2454) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %2455 = "stablehlo.add"(%2448, %2451) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2456 = "stablehlo.multiply"(%2297, %2297) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2457 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2458 = "stablehlo.reduce"(%2456, %2457) ({
    ^bb0(%2459: tensor<f32>, %2460: tensor<f32>):
        %2461 = "stablehlo.add"(%2459, %2460) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2461) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x16x64xf32>, tensor<f32>) -> tensor<f32>
    %2462 = "stablehlo.add"(%2455, %2458) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2463 = "stablehlo.multiply"(%2291, %2291) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2464 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2465 = "stablehlo.reduce"(%2463, %2464) ({
    ^bb0(%2466: tensor<f32>, %2467: tensor<f32>):
        %2468 = "stablehlo.add"(%2466, %2467) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2468) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %2469 = "stablehlo.add"(%2462, %2465) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2470 = "stablehlo.multiply"(%2262, %2262) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2471 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2472 = "stablehlo.reduce"(%2470, %2471) ({
    ^bb0(%2473: tensor<f32>, %2474: tensor<f32>):
        %2475 = "stablehlo.add"(%2473, %2474) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2475) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x64x32xf32>, tensor<f32>) -> tensor<f32>
    %2476 = "stablehlo.add"(%2469, %2472) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2477 = "stablehlo.multiply"(%2253, %2253) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2478 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2479 = "stablehlo.reduce"(%2477, %2478) ({
    ^bb0(%2480: tensor<f32>, %2481: tensor<f32>):
        %2482 = "stablehlo.add"(%2480, %2481) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2482) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %2483 = "stablehlo.add"(%2476, %2479) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2484 = "stablehlo.multiply"(%2224, %2224) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2485 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2486 = "stablehlo.reduce"(%2484, %2485) ({
    ^bb0(%2487: tensor<f32>, %2488: tensor<f32>):
        %2489 = "stablehlo.add"(%2487, %2488) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2489) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<1x1x16x32xf32>, tensor<f32>) -> tensor<f32>
    %2490 = "stablehlo.add"(%2483, %2486) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2491 = "stablehlo.multiply"(%2215, %2215) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2492 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2493 = "stablehlo.reduce"(%2491, %2492) ({
    ^bb0(%2494: tensor<f32>, %2495: tensor<f32>):
        %2496 = "stablehlo.add"(%2494, %2495) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2496) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %2497 = "stablehlo.add"(%2490, %2493) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2498 = "stablehlo.multiply"(%2177, %2177) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2499 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2500 = "stablehlo.reduce"(%2498, %2499) ({
    ^bb0(%2501: tensor<f32>, %2502: tensor<f32>):
        %2503 = "stablehlo.add"(%2501, %2502) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2503) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<3x3x33x32xf32>, tensor<f32>) -> tensor<f32>
    %2504 = "stablehlo.add"(%2497, %2500) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2505 = "stablehlo.multiply"(%2172, %2172) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2506 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2507 = "stablehlo.reduce"(%2505, %2506) ({
    ^bb0(%2508: tensor<f32>, %2509: tensor<f32>):
        %2510 = "stablehlo.add"(%2508, %2509) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2510) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %2511 = "stablehlo.add"(%2504, %2507) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2512 = "stablehlo.multiply"(%2161, %2161) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %2513 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2514 = "stablehlo.reduce"(%2512, %2513) ({
    ^bb0(%2515: tensor<f32>, %2516: tensor<f32>):
        %2517 = "stablehlo.add"(%2515, %2516) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2517) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<128x64xf32>, tensor<f32>) -> tensor<f32>
    %2518 = "stablehlo.add"(%2511, %2514) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2519 = "stablehlo.multiply"(%2157, %2157) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2520 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2521 = "stablehlo.reduce"(%2519, %2520) ({
    ^bb0(%2522: tensor<f32>, %2523: tensor<f32>):
        %2524 = "stablehlo.add"(%2522, %2523) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2524) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %2525 = "stablehlo.add"(%2518, %2521) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2526 = "stablehlo.multiply"(%2147, %2147) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %2527 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2528 = "stablehlo.reduce"(%2526, %2527) ({
    ^bb0(%2529: tensor<f32>, %2530: tensor<f32>):
        %2531 = "stablehlo.add"(%2529, %2530) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2531) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x1xf32>, tensor<f32>) -> tensor<f32>
    %2532 = "stablehlo.add"(%2525, %2528) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2533 = "stablehlo.multiply"(%2143, %2143) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2534 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2535 = "stablehlo.reduce"(%2533, %2534) ({
    ^bb0(%2536: tensor<f32>, %2537: tensor<f32>):
        %2538 = "stablehlo.add"(%2536, %2537) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2538) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %2539 = "stablehlo.add"(%2532, %2535) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2540 = "stablehlo.sqrt"(%2539) : (tensor<f32>) -> tensor<f32>
    %2541 = "stablehlo.convert"(%arg143) : (tensor<i32>) -> tensor<f32>
    %2542 = "stablehlo.constant"() {value = dense<20.0> : tensor<f32>} : () -> tensor<f32>
    %2543 = "stablehlo.minimum"(%2541, %2542) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2544 = "stablehlo.constant"() {value = dense<0x3851B717> : tensor<f32>} : () -> tensor<f32>
    %2545 = "stablehlo.multiply"(%2543, %2544) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2546 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %2547 = "stablehlo.add"(%arg143, %2546) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %2548 = "stablehlo.convert"(%2547) : (tensor<i32>) -> tensor<f32>
    %2549 = "stablehlo.constant"() {value = dense<0.9> : tensor<1x1x3x8xf32>} : () -> tensor<1x1x3x8xf32>
    %2550 = "stablehlo.multiply"(%arg144, %2549) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2551 = "stablehlo.constant"() {value = dense<0.1> : tensor<1x1x3x8xf32>} : () -> tensor<1x1x3x8xf32>
    %2552 = "stablehlo.multiply"(%2400, %2551) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2553 = "stablehlo.add"(%2550, %2552) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2554 = "stablehlo.constant"() {value = dense<0.999> : tensor<1x1x3x8xf32>} : () -> tensor<1x1x3x8xf32>
    %2555 = "stablehlo.multiply"(%arg164, %2554) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2556 = "stablehlo.constant"() {value = dense<0.001> : tensor<1x1x3x8xf32>} : () -> tensor<1x1x3x8xf32>
    %2557 = "stablehlo.multiply"(%2401, %2556) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2558 = "stablehlo.add"(%2555, %2557) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2559 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>} : () -> tensor<f32>
    %2560 = "stablehlo.power"(%2559, %2548) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2561 = "stablehlo.subtract"(%1313, %2560) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2562 = "stablehlo.constant"() {value = dense<0.999> : tensor<f32>} : () -> tensor<f32>
    %2563 = "stablehlo.power"(%2562, %2548) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2564 = "stablehlo.subtract"(%1313, %2563) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %2565 = "stablehlo.broadcast_in_dim"(%2561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x3x8xf32>
    %2566 = "stablehlo.divide"(%2553, %2565) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2567 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x3x8xf32>
    %2568 = "stablehlo.divide"(%2558, %2567) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2569 = "stablehlo.sqrt"(%2568) : (tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2570 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<1x1x3x8xf32>} : () -> tensor<1x1x3x8xf32>
    %2571 = "stablehlo.add"(%2569, %2570) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2572 = "stablehlo.divide"(%2566, %2571) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2573 = "stablehlo.constant"() {value = dense<0.0001> : tensor<1x1x3x8xf32>} : () -> tensor<1x1x3x8xf32>
    %2574 = "stablehlo.multiply"(%arg123, %2573) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2575 = "stablehlo.add"(%2572, %2574) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2576 = "stablehlo.broadcast_in_dim"(%2545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x3x8xf32>
    %2577 = "stablehlo.multiply"(%2575, %2576) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2578 = "stablehlo.subtract"(%arg123, %2577) : (tensor<1x1x3x8xf32>, tensor<1x1x3x8xf32>) -> tensor<1x1x3x8xf32>
    %2579 = "stablehlo.constant"() {value = dense<0.9> : tensor<8xf32>} : () -> tensor<8xf32>
    %2580 = "stablehlo.multiply"(%arg145, %2579) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2581 = "stablehlo.constant"() {value = dense<0.1> : tensor<8xf32>} : () -> tensor<8xf32>
    %2582 = "stablehlo.multiply"(%2396, %2581) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2583 = "stablehlo.add"(%2580, %2582) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2584 = "stablehlo.constant"() {value = dense<0.999> : tensor<8xf32>} : () -> tensor<8xf32>
    %2585 = "stablehlo.multiply"(%arg165, %2584) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2586 = "stablehlo.constant"() {value = dense<0.001> : tensor<8xf32>} : () -> tensor<8xf32>
    %2587 = "stablehlo.multiply"(%2407, %2586) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2588 = "stablehlo.add"(%2585, %2587) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2589 = "stablehlo.broadcast_in_dim"(%2561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8xf32>
    %2590 = "stablehlo.divide"(%2583, %2589) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2591 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8xf32>
    %2592 = "stablehlo.divide"(%2588, %2591) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2593 = "stablehlo.sqrt"(%2592) : (tensor<8xf32>) -> tensor<8xf32>
    %2594 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<8xf32>} : () -> tensor<8xf32>
    %2595 = "stablehlo.add"(%2593, %2594) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2596 = "stablehlo.divide"(%2590, %2595) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2597 = "stablehlo.constant"() {value = dense<0.0001> : tensor<8xf32>} : () -> tensor<8xf32>
    %2598 = "stablehlo.multiply"(%arg124, %2597) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2599 = "stablehlo.add"(%2596, %2598) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2600 = "stablehlo.broadcast_in_dim"(%2545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8xf32>
    %2601 = "stablehlo.multiply"(%2599, %2600) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2602 = "stablehlo.subtract"(%arg124, %2601) : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xf32>
    %2603 = "stablehlo.constant"() {value = dense<0.9> : tensor<3x3x8x32xf32>} : () -> tensor<3x3x8x32xf32>
    %2604 = "stablehlo.multiply"(%arg146, %2603) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2605 = "stablehlo.constant"() {value = dense<0.1> : tensor<3x3x8x32xf32>} : () -> tensor<3x3x8x32xf32>
    %2606 = "stablehlo.multiply"(%2386, %2605) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2607 = "stablehlo.add"(%2604, %2606) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2608 = "stablehlo.constant"() {value = dense<0.999> : tensor<3x3x8x32xf32>} : () -> tensor<3x3x8x32xf32>
    %2609 = "stablehlo.multiply"(%arg166, %2608) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2610 = "stablehlo.constant"() {value = dense<0.001> : tensor<3x3x8x32xf32>} : () -> tensor<3x3x8x32xf32>
    %2611 = "stablehlo.multiply"(%2414, %2610) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2612 = "stablehlo.add"(%2609, %2611) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2613 = "stablehlo.broadcast_in_dim"(%2561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x8x32xf32>
    %2614 = "stablehlo.divide"(%2607, %2613) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2615 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x8x32xf32>
    %2616 = "stablehlo.divide"(%2612, %2615) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2617 = "stablehlo.sqrt"(%2616) : (tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2618 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<3x3x8x32xf32>} : () -> tensor<3x3x8x32xf32>
    %2619 = "stablehlo.add"(%2617, %2618) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2620 = "stablehlo.divide"(%2614, %2619) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2621 = "stablehlo.constant"() {value = dense<0.0001> : tensor<3x3x8x32xf32>} : () -> tensor<3x3x8x32xf32>
    %2622 = "stablehlo.multiply"(%arg125, %2621) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2623 = "stablehlo.add"(%2620, %2622) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2624 = "stablehlo.broadcast_in_dim"(%2545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x8x32xf32>
    %2625 = "stablehlo.multiply"(%2623, %2624) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2626 = "stablehlo.subtract"(%arg125, %2625) : (tensor<3x3x8x32xf32>, tensor<3x3x8x32xf32>) -> tensor<3x3x8x32xf32>
    %2627 = "stablehlo.constant"() {value = dense<0.9> : tensor<32xf32>} : () -> tensor<32xf32>
    %2628 = "stablehlo.multiply"(%arg147, %2627) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2629 = "stablehlo.constant"() {value = dense<0.1> : tensor<32xf32>} : () -> tensor<32xf32>
    %2630 = "stablehlo.multiply"(%2380, %2629) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2631 = "stablehlo.add"(%2628, %2630) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2632 = "stablehlo.constant"() {value = dense<0.999> : tensor<32xf32>} : () -> tensor<32xf32>
    %2633 = "stablehlo.multiply"(%arg167, %2632) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2634 = "stablehlo.constant"() {value = dense<0.001> : tensor<32xf32>} : () -> tensor<32xf32>
    %2635 = "stablehlo.multiply"(%2421, %2634) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2636 = "stablehlo.add"(%2633, %2635) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2637 = "stablehlo.broadcast_in_dim"(%2561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %2638 = "stablehlo.divide"(%2631, %2637) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2639 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %2640 = "stablehlo.divide"(%2636, %2639) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2641 = "stablehlo.sqrt"(%2640) : (tensor<32xf32>) -> tensor<32xf32>
    %2642 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<32xf32>} : () -> tensor<32xf32>
    %2643 = "stablehlo.add"(%2641, %2642) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2644 = "stablehlo.divide"(%2638, %2643) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2645 = "stablehlo.constant"() {value = dense<0.0001> : tensor<32xf32>} : () -> tensor<32xf32>
    %2646 = "stablehlo.multiply"(%arg126, %2645) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2647 = "stablehlo.add"(%2644, %2646) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2648 = "stablehlo.broadcast_in_dim"(%2545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %2649 = "stablehlo.multiply"(%2647, %2648) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2650 = "stablehlo.subtract"(%arg126, %2649) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2651 = "stablehlo.constant"() {value = dense<0.9> : tensor<3x3x32x16xf32>} : () -> tensor<3x3x32x16xf32>
    %2652 = "stablehlo.multiply"(%arg148, %2651) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2653 = "stablehlo.constant"() {value = dense<0.1> : tensor<3x3x32x16xf32>} : () -> tensor<3x3x32x16xf32>
    %2654 = "stablehlo.multiply"(%2351, %2653) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2655 = "stablehlo.add"(%2652, %2654) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2656 = "stablehlo.constant"() {value = dense<0.999> : tensor<3x3x32x16xf32>} : () -> tensor<3x3x32x16xf32>
    %2657 = "stablehlo.multiply"(%arg168, %2656) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2658 = "stablehlo.constant"() {value = dense<0.001> : tensor<3x3x32x16xf32>} : () -> tensor<3x3x32x16xf32>
    %2659 = "stablehlo.multiply"(%2428, %2658) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2660 = "stablehlo.add"(%2657, %2659) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2661 = "stablehlo.broadcast_in_dim"(%2561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x32x16xf32>
    %2662 = "stablehlo.divide"(%2655, %2661) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2663 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x32x16xf32>
    %2664 = "stablehlo.divide"(%2660, %2663) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2665 = "stablehlo.sqrt"(%2664) : (tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2666 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<3x3x32x16xf32>} : () -> tensor<3x3x32x16xf32>
    %2667 = "stablehlo.add"(%2665, %2666) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2668 = "stablehlo.divide"(%2662, %2667) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2669 = "stablehlo.constant"() {value = dense<0.0001> : tensor<3x3x32x16xf32>} : () -> tensor<3x3x32x16xf32>
    %2670 = "stablehlo.multiply"(%arg127, %2669) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2671 = "stablehlo.add"(%2668, %2670) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2672 = "stablehlo.broadcast_in_dim"(%2545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x32x16xf32>
    %2673 = "stablehlo.multiply"(%2671, %2672) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2674 = "stablehlo.subtract"(%arg127, %2673) : (tensor<3x3x32x16xf32>, tensor<3x3x32x16xf32>) -> tensor<3x3x32x16xf32>
    %2675 = "stablehlo.constant"() {value = dense<0.9> : tensor<16xf32>} : () -> tensor<16xf32>
    %2676 = "stablehlo.multiply"(%arg149, %2675) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2677 = "stablehlo.constant"() {value = dense<0.1> : tensor<16xf32>} : () -> tensor<16xf32>
    %2678 = "stablehlo.multiply"(%2342, %2677) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2679 = "stablehlo.add"(%2676, %2678) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2680 = "stablehlo.constant"() {value = dense<0.999> : tensor<16xf32>} : () -> tensor<16xf32>
    %2681 = "stablehlo.multiply"(%arg169, %2680) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2682 = "stablehlo.constant"() {value = dense<0.001> : tensor<16xf32>} : () -> tensor<16xf32>
    %2683 = "stablehlo.multiply"(%2435, %2682) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2684 = "stablehlo.add"(%2681, %2683) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2685 = "stablehlo.broadcast_in_dim"(%2561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16xf32>
    %2686 = "stablehlo.divide"(%2679, %2685) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2687 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16xf32>
    %2688 = "stablehlo.divide"(%2684, %2687) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2689 = "stablehlo.sqrt"(%2688) : (tensor<16xf32>) -> tensor<16xf32>
    %2690 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<16xf32>} : () -> tensor<16xf32>
    %2691 = "stablehlo.add"(%2689, %2690) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2692 = "stablehlo.divide"(%2686, %2691) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2693 = "stablehlo.constant"() {value = dense<0.0001> : tensor<16xf32>} : () -> tensor<16xf32>
    %2694 = "stablehlo.multiply"(%arg128, %2693) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2695 = "stablehlo.add"(%2692, %2694) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2696 = "stablehlo.broadcast_in_dim"(%2545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16xf32>
    %2697 = "stablehlo.multiply"(%2695, %2696) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2698 = "stablehlo.subtract"(%arg128, %2697) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2699 = "stablehlo.constant"() {value = dense<0.9> : tensor<1x1x8x16xf32>} : () -> tensor<1x1x8x16xf32>
    %2700 = "stablehlo.multiply"(%arg150, %2699) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2701 = "stablehlo.constant"() {value = dense<0.1> : tensor<1x1x8x16xf32>} : () -> tensor<1x1x8x16xf32>
    %2702 = "stablehlo.multiply"(%2313, %2701) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2703 = "stablehlo.add"(%2700, %2702) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2704 = "stablehlo.constant"() {value = dense<0.999> : tensor<1x1x8x16xf32>} : () -> tensor<1x1x8x16xf32>
    %2705 = "stablehlo.multiply"(%arg170, %2704) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2706 = "stablehlo.constant"() {value = dense<0.001> : tensor<1x1x8x16xf32>} : () -> tensor<1x1x8x16xf32>
    %2707 = "stablehlo.multiply"(%2442, %2706) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2708 = "stablehlo.add"(%2705, %2707) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2709 = "stablehlo.broadcast_in_dim"(%2561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x8x16xf32>
    %2710 = "stablehlo.divide"(%2703, %2709) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2711 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x8x16xf32>
    %2712 = "stablehlo.divide"(%2708, %2711) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2713 = "stablehlo.sqrt"(%2712) : (tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2714 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<1x1x8x16xf32>} : () -> tensor<1x1x8x16xf32>
    %2715 = "stablehlo.add"(%2713, %2714) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2716 = "stablehlo.divide"(%2710, %2715) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2717 = "stablehlo.constant"() {value = dense<0.0001> : tensor<1x1x8x16xf32>} : () -> tensor<1x1x8x16xf32>
    %2718 = "stablehlo.multiply"(%arg129, %2717) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2719 = "stablehlo.add"(%2716, %2718) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2720 = "stablehlo.broadcast_in_dim"(%2545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x8x16xf32>
    %2721 = "stablehlo.multiply"(%2719, %2720) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2722 = "stablehlo.subtract"(%arg129, %2721) : (tensor<1x1x8x16xf32>, tensor<1x1x8x16xf32>) -> tensor<1x1x8x16xf32>
    %2723 = "stablehlo.multiply"(%arg151, %2675) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2724 = "stablehlo.multiply"(%2304, %2677) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2725 = "stablehlo.add"(%2723, %2724) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2726 = "stablehlo.multiply"(%arg171, %2680) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2727 = "stablehlo.multiply"(%2449, %2682) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2728 = "stablehlo.add"(%2726, %2727) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2729 = "stablehlo.divide"(%2725, %2685) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2730 = "stablehlo.divide"(%2728, %2687) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2731 = "stablehlo.sqrt"(%2730) : (tensor<16xf32>) -> tensor<16xf32>
    %2732 = "stablehlo.add"(%2731, %2690) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2733 = "stablehlo.divide"(%2729, %2732) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2734 = "stablehlo.multiply"(%arg130, %2693) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2735 = "stablehlo.add"(%2733, %2734) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2736 = "stablehlo.multiply"(%2735, %2696) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2737 = "stablehlo.subtract"(%arg130, %2736) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2738 = "stablehlo.constant"() {value = dense<0.9> : tensor<3x3x16x64xf32>} : () -> tensor<3x3x16x64xf32>
    %2739 = "stablehlo.multiply"(%arg152, %2738) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2740 = "stablehlo.constant"() {value = dense<0.1> : tensor<3x3x16x64xf32>} : () -> tensor<3x3x16x64xf32>
    %2741 = "stablehlo.multiply"(%2297, %2740) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2742 = "stablehlo.add"(%2739, %2741) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2743 = "stablehlo.constant"() {value = dense<0.999> : tensor<3x3x16x64xf32>} : () -> tensor<3x3x16x64xf32>
    %2744 = "stablehlo.multiply"(%arg172, %2743) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2745 = "stablehlo.constant"() {value = dense<0.001> : tensor<3x3x16x64xf32>} : () -> tensor<3x3x16x64xf32>
    %2746 = "stablehlo.multiply"(%2456, %2745) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2747 = "stablehlo.add"(%2744, %2746) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2748 = "stablehlo.broadcast_in_dim"(%2561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x16x64xf32>
    %2749 = "stablehlo.divide"(%2742, %2748) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2750 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x16x64xf32>
    %2751 = "stablehlo.divide"(%2747, %2750) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2752 = "stablehlo.sqrt"(%2751) : (tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2753 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<3x3x16x64xf32>} : () -> tensor<3x3x16x64xf32>
    %2754 = "stablehlo.add"(%2752, %2753) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2755 = "stablehlo.divide"(%2749, %2754) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2756 = "stablehlo.constant"() {value = dense<0.0001> : tensor<3x3x16x64xf32>} : () -> tensor<3x3x16x64xf32>
    %2757 = "stablehlo.multiply"(%arg131, %2756) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2758 = "stablehlo.add"(%2755, %2757) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2759 = "stablehlo.broadcast_in_dim"(%2545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x16x64xf32>
    %2760 = "stablehlo.multiply"(%2758, %2759) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2761 = "stablehlo.subtract"(%arg131, %2760) : (tensor<3x3x16x64xf32>, tensor<3x3x16x64xf32>) -> tensor<3x3x16x64xf32>
    %2762 = "stablehlo.constant"() {value = dense<0.9> : tensor<64xf32>} : () -> tensor<64xf32>
    %2763 = "stablehlo.multiply"(%arg153, %2762) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2764 = "stablehlo.constant"() {value = dense<0.1> : tensor<64xf32>} : () -> tensor<64xf32>
    %2765 = "stablehlo.multiply"(%2291, %2764) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2766 = "stablehlo.add"(%2763, %2765) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2767 = "stablehlo.constant"() {value = dense<0.999> : tensor<64xf32>} : () -> tensor<64xf32>
    %2768 = "stablehlo.multiply"(%arg173, %2767) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2769 = "stablehlo.constant"() {value = dense<0.001> : tensor<64xf32>} : () -> tensor<64xf32>
    %2770 = "stablehlo.multiply"(%2463, %2769) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2771 = "stablehlo.add"(%2768, %2770) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2772 = "stablehlo.broadcast_in_dim"(%2561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2773 = "stablehlo.divide"(%2766, %2772) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2774 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2775 = "stablehlo.divide"(%2771, %2774) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2776 = "stablehlo.sqrt"(%2775) : (tensor<64xf32>) -> tensor<64xf32>
    %2777 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<64xf32>} : () -> tensor<64xf32>
    %2778 = "stablehlo.add"(%2776, %2777) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2779 = "stablehlo.divide"(%2773, %2778) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2780 = "stablehlo.constant"() {value = dense<0.0001> : tensor<64xf32>} : () -> tensor<64xf32>
    %2781 = "stablehlo.multiply"(%arg132, %2780) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2782 = "stablehlo.add"(%2779, %2781) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2783 = "stablehlo.broadcast_in_dim"(%2545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %2784 = "stablehlo.multiply"(%2782, %2783) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2785 = "stablehlo.subtract"(%arg132, %2784) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2786 = "stablehlo.constant"() {value = dense<0.9> : tensor<3x3x64x32xf32>} : () -> tensor<3x3x64x32xf32>
    %2787 = "stablehlo.multiply"(%arg154, %2786) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2788 = "stablehlo.constant"() {value = dense<0.1> : tensor<3x3x64x32xf32>} : () -> tensor<3x3x64x32xf32>
    %2789 = "stablehlo.multiply"(%2262, %2788) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2790 = "stablehlo.add"(%2787, %2789) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2791 = "stablehlo.constant"() {value = dense<0.999> : tensor<3x3x64x32xf32>} : () -> tensor<3x3x64x32xf32>
    %2792 = "stablehlo.multiply"(%arg174, %2791) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2793 = "stablehlo.constant"() {value = dense<0.001> : tensor<3x3x64x32xf32>} : () -> tensor<3x3x64x32xf32>
    %2794 = "stablehlo.multiply"(%2470, %2793) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2795 = "stablehlo.add"(%2792, %2794) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2796 = "stablehlo.broadcast_in_dim"(%2561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x64x32xf32>
    %2797 = "stablehlo.divide"(%2790, %2796) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2798 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x64x32xf32>
    %2799 = "stablehlo.divide"(%2795, %2798) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2800 = "stablehlo.sqrt"(%2799) : (tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2801 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<3x3x64x32xf32>} : () -> tensor<3x3x64x32xf32>
    %2802 = "stablehlo.add"(%2800, %2801) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2803 = "stablehlo.divide"(%2797, %2802) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2804 = "stablehlo.constant"() {value = dense<0.0001> : tensor<3x3x64x32xf32>} : () -> tensor<3x3x64x32xf32>
    %2805 = "stablehlo.multiply"(%arg133, %2804) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2806 = "stablehlo.add"(%2803, %2805) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2807 = "stablehlo.broadcast_in_dim"(%2545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x64x32xf32>
    %2808 = "stablehlo.multiply"(%2806, %2807) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2809 = "stablehlo.subtract"(%arg133, %2808) : (tensor<3x3x64x32xf32>, tensor<3x3x64x32xf32>) -> tensor<3x3x64x32xf32>
    %2810 = "stablehlo.multiply"(%arg155, %2627) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2811 = "stablehlo.multiply"(%2253, %2629) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2812 = "stablehlo.add"(%2810, %2811) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2813 = "stablehlo.multiply"(%arg175, %2632) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2814 = "stablehlo.multiply"(%2477, %2634) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2815 = "stablehlo.add"(%2813, %2814) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2816 = "stablehlo.divide"(%2812, %2637) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2817 = "stablehlo.divide"(%2815, %2639) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2818 = "stablehlo.sqrt"(%2817) : (tensor<32xf32>) -> tensor<32xf32>
    %2819 = "stablehlo.add"(%2818, %2642) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2820 = "stablehlo.divide"(%2816, %2819) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2821 = "stablehlo.multiply"(%arg134, %2645) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2822 = "stablehlo.add"(%2820, %2821) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2823 = "stablehlo.multiply"(%2822, %2648) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2824 = "stablehlo.subtract"(%arg134, %2823) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2825 = "stablehlo.constant"() {value = dense<0.9> : tensor<1x1x16x32xf32>} : () -> tensor<1x1x16x32xf32>
    %2826 = "stablehlo.multiply"(%arg156, %2825) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2827 = "stablehlo.constant"() {value = dense<0.1> : tensor<1x1x16x32xf32>} : () -> tensor<1x1x16x32xf32>
    %2828 = "stablehlo.multiply"(%2224, %2827) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2829 = "stablehlo.add"(%2826, %2828) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2830 = "stablehlo.constant"() {value = dense<0.999> : tensor<1x1x16x32xf32>} : () -> tensor<1x1x16x32xf32>
    %2831 = "stablehlo.multiply"(%arg176, %2830) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2832 = "stablehlo.constant"() {value = dense<0.001> : tensor<1x1x16x32xf32>} : () -> tensor<1x1x16x32xf32>
    %2833 = "stablehlo.multiply"(%2484, %2832) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2834 = "stablehlo.add"(%2831, %2833) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2835 = "stablehlo.broadcast_in_dim"(%2561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x16x32xf32>
    %2836 = "stablehlo.divide"(%2829, %2835) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2837 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x16x32xf32>
    %2838 = "stablehlo.divide"(%2834, %2837) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2839 = "stablehlo.sqrt"(%2838) : (tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2840 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<1x1x16x32xf32>} : () -> tensor<1x1x16x32xf32>
    %2841 = "stablehlo.add"(%2839, %2840) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2842 = "stablehlo.divide"(%2836, %2841) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2843 = "stablehlo.constant"() {value = dense<0.0001> : tensor<1x1x16x32xf32>} : () -> tensor<1x1x16x32xf32>
    %2844 = "stablehlo.multiply"(%arg135, %2843) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2845 = "stablehlo.add"(%2842, %2844) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2846 = "stablehlo.broadcast_in_dim"(%2545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1x1x16x32xf32>
    %2847 = "stablehlo.multiply"(%2845, %2846) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2848 = "stablehlo.subtract"(%arg135, %2847) : (tensor<1x1x16x32xf32>, tensor<1x1x16x32xf32>) -> tensor<1x1x16x32xf32>
    %2849 = "stablehlo.multiply"(%arg157, %2627) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2850 = "stablehlo.multiply"(%2215, %2629) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2851 = "stablehlo.add"(%2849, %2850) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2852 = "stablehlo.multiply"(%arg177, %2632) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2853 = "stablehlo.multiply"(%2491, %2634) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2854 = "stablehlo.add"(%2852, %2853) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2855 = "stablehlo.divide"(%2851, %2637) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2856 = "stablehlo.divide"(%2854, %2639) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2857 = "stablehlo.sqrt"(%2856) : (tensor<32xf32>) -> tensor<32xf32>
    %2858 = "stablehlo.add"(%2857, %2642) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2859 = "stablehlo.divide"(%2855, %2858) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2860 = "stablehlo.multiply"(%arg136, %2645) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2861 = "stablehlo.add"(%2859, %2860) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2862 = "stablehlo.multiply"(%2861, %2648) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2863 = "stablehlo.subtract"(%arg136, %2862) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2864 = "stablehlo.constant"() {value = dense<0.9> : tensor<3x3x33x32xf32>} : () -> tensor<3x3x33x32xf32>
    %2865 = "stablehlo.multiply"(%arg158, %2864) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2866 = "stablehlo.constant"() {value = dense<0.1> : tensor<3x3x33x32xf32>} : () -> tensor<3x3x33x32xf32>
    %2867 = "stablehlo.multiply"(%2177, %2866) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2868 = "stablehlo.add"(%2865, %2867) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2869 = "stablehlo.constant"() {value = dense<0.999> : tensor<3x3x33x32xf32>} : () -> tensor<3x3x33x32xf32>
    %2870 = "stablehlo.multiply"(%arg178, %2869) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2871 = "stablehlo.constant"() {value = dense<0.001> : tensor<3x3x33x32xf32>} : () -> tensor<3x3x33x32xf32>
    %2872 = "stablehlo.multiply"(%2498, %2871) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2873 = "stablehlo.add"(%2870, %2872) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2874 = "stablehlo.broadcast_in_dim"(%2561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x33x32xf32>
    %2875 = "stablehlo.divide"(%2868, %2874) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2876 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x33x32xf32>
    %2877 = "stablehlo.divide"(%2873, %2876) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2878 = "stablehlo.sqrt"(%2877) : (tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2879 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<3x3x33x32xf32>} : () -> tensor<3x3x33x32xf32>
    %2880 = "stablehlo.add"(%2878, %2879) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2881 = "stablehlo.divide"(%2875, %2880) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2882 = "stablehlo.constant"() {value = dense<0.0001> : tensor<3x3x33x32xf32>} : () -> tensor<3x3x33x32xf32>
    %2883 = "stablehlo.multiply"(%arg137, %2882) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2884 = "stablehlo.add"(%2881, %2883) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2885 = "stablehlo.broadcast_in_dim"(%2545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3x3x33x32xf32>
    %2886 = "stablehlo.multiply"(%2884, %2885) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2887 = "stablehlo.subtract"(%arg137, %2886) : (tensor<3x3x33x32xf32>, tensor<3x3x33x32xf32>) -> tensor<3x3x33x32xf32>
    %2888 = "stablehlo.multiply"(%arg159, %2627) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2889 = "stablehlo.multiply"(%2172, %2629) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2890 = "stablehlo.add"(%2888, %2889) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2891 = "stablehlo.multiply"(%arg179, %2632) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2892 = "stablehlo.multiply"(%2505, %2634) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2893 = "stablehlo.add"(%2891, %2892) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2894 = "stablehlo.divide"(%2890, %2637) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2895 = "stablehlo.divide"(%2893, %2639) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2896 = "stablehlo.sqrt"(%2895) : (tensor<32xf32>) -> tensor<32xf32>
    %2897 = "stablehlo.add"(%2896, %2642) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2898 = "stablehlo.divide"(%2894, %2897) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2899 = "stablehlo.multiply"(%arg138, %2645) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2900 = "stablehlo.add"(%2898, %2899) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2901 = "stablehlo.multiply"(%2900, %2648) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2902 = "stablehlo.subtract"(%arg138, %2901) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %2903 = "stablehlo.constant"() {value = dense<0.9> : tensor<128x64xf32>} : () -> tensor<128x64xf32>
    %2904 = "stablehlo.multiply"(%arg160, %2903) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %2905 = "stablehlo.constant"() {value = dense<0.1> : tensor<128x64xf32>} : () -> tensor<128x64xf32>
    %2906 = "stablehlo.multiply"(%2161, %2905) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %2907 = "stablehlo.add"(%2904, %2906) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %2908 = "stablehlo.constant"() {value = dense<0.999> : tensor<128x64xf32>} : () -> tensor<128x64xf32>
    %2909 = "stablehlo.multiply"(%arg180, %2908) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %2910 = "stablehlo.constant"() {value = dense<0.001> : tensor<128x64xf32>} : () -> tensor<128x64xf32>
    %2911 = "stablehlo.multiply"(%2512, %2910) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %2912 = "stablehlo.add"(%2909, %2911) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %2913 = "stablehlo.broadcast_in_dim"(%2561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2914 = "stablehlo.divide"(%2907, %2913) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %2915 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2916 = "stablehlo.divide"(%2912, %2915) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %2917 = "stablehlo.sqrt"(%2916) : (tensor<128x64xf32>) -> tensor<128x64xf32>
    %2918 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<128x64xf32>} : () -> tensor<128x64xf32>
    %2919 = "stablehlo.add"(%2917, %2918) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %2920 = "stablehlo.divide"(%2914, %2919) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %2921 = "stablehlo.constant"() {value = dense<0.0001> : tensor<128x64xf32>} : () -> tensor<128x64xf32>
    %2922 = "stablehlo.multiply"(%arg139, %2921) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %2923 = "stablehlo.add"(%2920, %2922) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %2924 = "stablehlo.broadcast_in_dim"(%2545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<128x64xf32>
    %2925 = "stablehlo.multiply"(%2923, %2924) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %2926 = "stablehlo.subtract"(%arg139, %2925) : (tensor<128x64xf32>, tensor<128x64xf32>) -> tensor<128x64xf32>
    %2927 = "stablehlo.multiply"(%arg161, %2762) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2928 = "stablehlo.multiply"(%2157, %2764) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2929 = "stablehlo.add"(%2927, %2928) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2930 = "stablehlo.multiply"(%arg181, %2767) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2931 = "stablehlo.multiply"(%2519, %2769) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2932 = "stablehlo.add"(%2930, %2931) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2933 = "stablehlo.divide"(%2929, %2772) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2934 = "stablehlo.divide"(%2932, %2774) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2935 = "stablehlo.sqrt"(%2934) : (tensor<64xf32>) -> tensor<64xf32>
    %2936 = "stablehlo.add"(%2935, %2777) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2937 = "stablehlo.divide"(%2933, %2936) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2938 = "stablehlo.multiply"(%arg140, %2780) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2939 = "stablehlo.add"(%2937, %2938) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2940 = "stablehlo.multiply"(%2939, %2783) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2941 = "stablehlo.subtract"(%arg140, %2940) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %2942 = "stablehlo.constant"() {value = dense<0.9> : tensor<64x1xf32>} : () -> tensor<64x1xf32>
    %2943 = "stablehlo.multiply"(%arg162, %2942) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %2944 = "stablehlo.constant"() {value = dense<0.1> : tensor<64x1xf32>} : () -> tensor<64x1xf32>
    %2945 = "stablehlo.multiply"(%2147, %2944) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %2946 = "stablehlo.add"(%2943, %2945) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %2947 = "stablehlo.constant"() {value = dense<0.999> : tensor<64x1xf32>} : () -> tensor<64x1xf32>
    %2948 = "stablehlo.multiply"(%arg182, %2947) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %2949 = "stablehlo.constant"() {value = dense<0.001> : tensor<64x1xf32>} : () -> tensor<64x1xf32>
    %2950 = "stablehlo.multiply"(%2526, %2949) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %2951 = "stablehlo.add"(%2948, %2950) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %2952 = "stablehlo.broadcast_in_dim"(%2561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1xf32>
    %2953 = "stablehlo.divide"(%2946, %2952) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %2954 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1xf32>
    %2955 = "stablehlo.divide"(%2951, %2954) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %2956 = "stablehlo.sqrt"(%2955) : (tensor<64x1xf32>) -> tensor<64x1xf32>
    %2957 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<64x1xf32>} : () -> tensor<64x1xf32>
    %2958 = "stablehlo.add"(%2956, %2957) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %2959 = "stablehlo.divide"(%2953, %2958) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %2960 = "stablehlo.constant"() {value = dense<0.0001> : tensor<64x1xf32>} : () -> tensor<64x1xf32>
    %2961 = "stablehlo.multiply"(%arg141, %2960) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %2962 = "stablehlo.add"(%2959, %2961) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %2963 = "stablehlo.broadcast_in_dim"(%2545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x1xf32>
    %2964 = "stablehlo.multiply"(%2962, %2963) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %2965 = "stablehlo.subtract"(%arg141, %2964) : (tensor<64x1xf32>, tensor<64x1xf32>) -> tensor<64x1xf32>
    %2966 = "stablehlo.constant"() {value = dense<0.9> : tensor<1xf32>} : () -> tensor<1xf32>
    %2967 = "stablehlo.multiply"(%arg163, %2966) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2968 = "stablehlo.constant"() {value = dense<0.1> : tensor<1xf32>} : () -> tensor<1xf32>
    %2969 = "stablehlo.multiply"(%2143, %2968) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2970 = "stablehlo.add"(%2967, %2969) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2971 = "stablehlo.constant"() {value = dense<0.999> : tensor<1xf32>} : () -> tensor<1xf32>
    %2972 = "stablehlo.multiply"(%arg183, %2971) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2973 = "stablehlo.constant"() {value = dense<0.001> : tensor<1xf32>} : () -> tensor<1xf32>
    %2974 = "stablehlo.multiply"(%2533, %2973) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2975 = "stablehlo.add"(%2972, %2974) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2976 = "stablehlo.broadcast_in_dim"(%2561) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1xf32>
    %2977 = "stablehlo.divide"(%2970, %2976) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2978 = "stablehlo.broadcast_in_dim"(%2564) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1xf32>
    %2979 = "stablehlo.divide"(%2975, %2978) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2980 = "stablehlo.sqrt"(%2979) : (tensor<1xf32>) -> tensor<1xf32>
    %2981 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<1xf32>} : () -> tensor<1xf32>
    %2982 = "stablehlo.add"(%2980, %2981) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2983 = "stablehlo.divide"(%2977, %2982) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2984 = "stablehlo.constant"() {value = dense<0.0001> : tensor<1xf32>} : () -> tensor<1xf32>
    %2985 = "stablehlo.multiply"(%arg142, %2984) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2986 = "stablehlo.add"(%2983, %2985) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2987 = "stablehlo.broadcast_in_dim"(%2545) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<1xf32>
    %2988 = "stablehlo.multiply"(%2986, %2987) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2989 = "stablehlo.subtract"(%arg142, %2988) : (tensor<1xf32>, tensor<1xf32>) -> tensor<1xf32>
    %2990 = "stablehlo.reshape"(%1550) : (tensor<f32>) -> tensor<1xf32>
    %2991 = "stablehlo.reshape"(%1306) : (tensor<f32>) -> tensor<1xf32>
    %2992 = "stablehlo.reshape"(%1549) : (tensor<f32>) -> tensor<1xf32>
    %2993 = "stablehlo.reshape"(%1312) : (tensor<f32>) -> tensor<1xf32>
    %2994 = "stablehlo.reshape"(%1556) : (tensor<f32>) -> tensor<1xf32>
    %2995 = "stablehlo.reshape"(%2540) : (tensor<f32>) -> tensor<1xf32>
    %2996 = "stablehlo.reshape"(%2545) : (tensor<f32>) -> tensor<1xf32>
    %2997 = "stablehlo.concatenate"(%2990, %2990, %2991, %2992, %2993, %2994, %2995, %2996) {dimension = 0 : i64} : (tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<8xf32>
    return %2578, %2602, %2626, %2650, %2674, %2698, %2722, %2737, %2761, %2785, %2809, %2824, %2848, %2863, %2887, %2902, %2926, %2941, %2965, %2989, %2547, %2553, %2583, %2607, %2631, %2655, %2679, %2703, %2725, %2742, %2766, %2790, %2812, %2829, %2851, %2868, %2890, %2907, %2929, %2946, %2970, %2558, %2588, %2612, %2636, %2660, %2684, %2708, %2728, %2747, %2771, %2795, %2815, %2834, %2854, %2873, %2893, %2912, %2932, %2951, %2975, %2997 : tensor<1x1x3x8xf32>, tensor<8xf32>, tensor<3x3x8x32xf32>, tensor<32xf32>, tensor<3x3x32x16xf32>, tensor<16xf32>, tensor<1x1x8x16xf32>, tensor<16xf32>, tensor<3x3x16x64xf32>, tensor<64xf32>, tensor<3x3x64x32xf32>, tensor<32xf32>, tensor<1x1x16x32xf32>, tensor<32xf32>, tensor<3x3x33x32xf32>, tensor<32xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x1xf32>, tensor<1xf32>, tensor<i32>, tensor<1x1x3x8xf32>, tensor<8xf32>, tensor<3x3x8x32xf32>, tensor<32xf32>, tensor<3x3x32x16xf32>, tensor<16xf32>, tensor<1x1x8x16xf32>, tensor<16xf32>, tensor<3x3x16x64xf32>, tensor<64xf32>, tensor<3x3x64x32xf32>, tensor<32xf32>, tensor<1x1x16x32xf32>, tensor<32xf32>, tensor<3x3x33x32xf32>, tensor<32xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x1xf32>, tensor<1xf32>, tensor<1x1x3x8xf32>, tensor<8xf32>, tensor<3x3x8x32xf32>, tensor<32xf32>, tensor<3x3x32x16xf32>, tensor<16xf32>, tensor<1x1x8x16xf32>, tensor<16xf32>, tensor<3x3x16x64xf32>, tensor<64xf32>, tensor<3x3x64x32xf32>, tensor<32xf32>, tensor<1x1x16x32xf32>, tensor<32xf32>, tensor<3x3x33x32xf32>, tensor<32xf32>, tensor<128x64xf32>, tensor<64xf32>, tensor<64x1xf32>, tensor<1xf32>, tensor<8xf32>
  }
}
