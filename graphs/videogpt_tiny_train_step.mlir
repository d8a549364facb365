module @videogpt_tiny_train_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x4x8x8xi32>, %arg1: tensor<2xi32>, %arg2: tensor<2xui32>, %arg3: tensor<32x16xf32>, %arg4: tensor<16x32xf32> {tf.aliasing_output = 0 : i32}, %arg5: tensor<32xf32> {tf.aliasing_output = 1 : i32}, %arg6: tensor<32xf32> {tf.aliasing_output = 2 : i32}, %arg7: tensor<4x11xf32> {tf.aliasing_output = 3 : i32}, %arg8: tensor<8x11xf32> {tf.aliasing_output = 4 : i32}, %arg9: tensor<8x10xf32> {tf.aliasing_output = 5 : i32}, %arg10: tensor<4x32xf32> {tf.aliasing_output = 6 : i32}, %arg11: tensor<4x32xf32> {tf.aliasing_output = 7 : i32}, %arg12: tensor<32x96xf32> {tf.aliasing_output = 8 : i32}, %arg13: tensor<96xf32> {tf.aliasing_output = 9 : i32}, %arg14: tensor<32x32xf32> {tf.aliasing_output = 10 : i32}, %arg15: tensor<32xf32> {tf.aliasing_output = 11 : i32}, %arg16: tensor<4x32xf32> {tf.aliasing_output = 12 : i32}, %arg17: tensor<4x32xf32> {tf.aliasing_output = 13 : i32}, %arg18: tensor<32x64xf32> {tf.aliasing_output = 14 : i32}, %arg19: tensor<64xf32> {tf.aliasing_output = 15 : i32}, %arg20: tensor<64x32xf32> {tf.aliasing_output = 16 : i32}, %arg21: tensor<32xf32> {tf.aliasing_output = 17 : i32}, %arg22: tensor<4x32xf32> {tf.aliasing_output = 18 : i32}, %arg23: tensor<4x32xf32> {tf.aliasing_output = 19 : i32}, %arg24: tensor<32x96xf32> {tf.aliasing_output = 20 : i32}, %arg25: tensor<96xf32> {tf.aliasing_output = 21 : i32}, %arg26: tensor<32x32xf32> {tf.aliasing_output = 22 : i32}, %arg27: tensor<32xf32> {tf.aliasing_output = 23 : i32}, %arg28: tensor<4x32xf32> {tf.aliasing_output = 24 : i32}, %arg29: tensor<4x32xf32> {tf.aliasing_output = 25 : i32}, %arg30: tensor<32x64xf32> {tf.aliasing_output = 26 : i32}, %arg31: tensor<64xf32> {tf.aliasing_output = 27 : i32}, %arg32: tensor<64x32xf32> {tf.aliasing_output = 28 : i32}, %arg33: tensor<32xf32> {tf.aliasing_output = 29 : i32}, %arg34: tensor<4x32xf32> {tf.aliasing_output = 30 : i32}, %arg35: tensor<4x32xf32> {tf.aliasing_output = 31 : i32}, %arg36: tensor<32x32xf32> {tf.aliasing_output = 32 : i32}, %arg37: tensor<32xf32> {tf.aliasing_output = 33 : i32}, %arg38: tensor<i32> {tf.aliasing_output = 34 : i32}, %arg39: tensor<16x32xf32> {tf.aliasing_output = 35 : i32}, %arg40: tensor<32xf32> {tf.aliasing_output = 36 : i32}, %arg41: tensor<32xf32> {tf.aliasing_output = 37 : i32}, %arg42: tensor<4x11xf32> {tf.aliasing_output = 38 : i32}, %arg43: tensor<8x11xf32> {tf.aliasing_output = 39 : i32}, %arg44: tensor<8x10xf32> {tf.aliasing_output = 40 : i32}, %arg45: tensor<4x32xf32> {tf.aliasing_output = 41 : i32}, %arg46: tensor<4x32xf32> {tf.aliasing_output = 42 : i32}, %arg47: tensor<32x96xf32> {tf.aliasing_output = 43 : i32}, %arg48: tensor<96xf32> {tf.aliasing_output = 44 : i32}, %arg49: tensor<32x32xf32> {tf.aliasing_output = 45 : i32}, %arg50: tensor<32xf32> {tf.aliasing_output = 46 : i32}, %arg51: tensor<4x32xf32> {tf.aliasing_output = 47 : i32}, %arg52: tensor<4x32xf32> {tf.aliasing_output = 48 : i32}, %arg53: tensor<32x64xf32> {tf.aliasing_output = 49 : i32}, %arg54: tensor<64xf32> {tf.aliasing_output = 50 : i32}, %arg55: tensor<64x32xf32> {tf.aliasing_output = 51 : i32}, %arg56: tensor<32xf32> {tf.aliasing_output = 52 : i32}, %arg57: tensor<4x32xf32> {tf.aliasing_output = 53 : i32}, %arg58: tensor<4x32xf32> {tf.aliasing_output = 54 : i32}, %arg59: tensor<32x96xf32> {tf.aliasing_output = 55 : i32}, %arg60: tensor<96xf32> {tf.aliasing_output = 56 : i32}, %arg61: tensor<32x32xf32> {tf.aliasing_output = 57 : i32}, %arg62: tensor<32xf32> {tf.aliasing_output = 58 : i32}, %arg63: tensor<4x32xf32> {tf.aliasing_output = 59 : i32}, %arg64: tensor<4x32xf32> {tf.aliasing_output = 60 : i32}, %arg65: tensor<32x64xf32> {tf.aliasing_output = 61 : i32}, %arg66: tensor<64xf32> {tf.aliasing_output = 62 : i32}, %arg67: tensor<64x32xf32> {tf.aliasing_output = 63 : i32}, %arg68: tensor<32xf32> {tf.aliasing_output = 64 : i32}, %arg69: tensor<4x32xf32> {tf.aliasing_output = 65 : i32}, %arg70: tensor<4x32xf32> {tf.aliasing_output = 66 : i32}, %arg71: tensor<32x32xf32> {tf.aliasing_output = 67 : i32}, %arg72: tensor<32xf32> {tf.aliasing_output = 68 : i32}, %arg73: tensor<16x32xf32> {tf.aliasing_output = 69 : i32}, %arg74: tensor<32xf32> {tf.aliasing_output = 70 : i32}, %arg75: tensor<32xf32> {tf.aliasing_output = 71 : i32}, %arg76: tensor<4x11xf32> {tf.aliasing_output = 72 : i32}, %arg77: tensor<8x11xf32> {tf.aliasing_output = 73 : i32}, %arg78: tensor<8x10xf32> {tf.aliasing_output = 74 : i32}, %arg79: tensor<4x32xf32> {tf.aliasing_output = 75 : i32}, %arg80: tensor<4x32xf32> {tf.aliasing_output = 76 : i32}, %arg81: tensor<32x96xf32> {tf.aliasing_output = 77 : i32}, %arg82: tensor<96xf32> {tf.aliasing_output = 78 : i32}, %arg83: tensor<32x32xf32> {tf.aliasing_output = 79 : i32}, %arg84: tensor<32xf32> {tf.aliasing_output = 80 : i32}, %arg85: tensor<4x32xf32> {tf.aliasing_output = 81 : i32}, %arg86: tensor<4x32xf32> {tf.aliasing_output = 82 : i32}, %arg87: tensor<32x64xf32> {tf.aliasing_output = 83 : i32}, %arg88: tensor<64xf32> {tf.aliasing_output = 84 : i32}, %arg89: tensor<64x32xf32> {tf.aliasing_output = 85 : i32}, %arg90: tensor<32xf32> {tf.aliasing_output = 86 : i32}, %arg91: tensor<4x32xf32> {tf.aliasing_output = 87 : i32}, %arg92: tensor<4x32xf32> {tf.aliasing_output = 88 : i32}, %arg93: tensor<32x96xf32> {tf.aliasing_output = 89 : i32}, %arg94: tensor<96xf32> {tf.aliasing_output = 90 : i32}, %arg95: tensor<32x32xf32> {tf.aliasing_output = 91 : i32}, %arg96: tensor<32xf32> {tf.aliasing_output = 92 : i32}, %arg97: tensor<4x32xf32> {tf.aliasing_output = 93 : i32}, %arg98: tensor<4x32xf32> {tf.aliasing_output = 94 : i32}, %arg99: tensor<32x64xf32> {tf.aliasing_output = 95 : i32}, %arg100: tensor<64xf32> {tf.aliasing_output = 96 : i32}, %arg101: tensor<64x32xf32> {tf.aliasing_output = 97 : i32}, %arg102: tensor<32xf32> {tf.aliasing_output = 98 : i32}, %arg103: tensor<4x32xf32> {tf.aliasing_output = 99 : i32}, %arg104: tensor<4x32xf32> {tf.aliasing_output = 100 : i32}, %arg105: tensor<32x32xf32> {tf.aliasing_output = 101 : i32}, %arg106: tensor<32xf32> {tf.aliasing_output = 102 : i32}, %arg107: tensor<16x32xf32> {tf.aliasing_output = 103 : i32}, %arg108: tensor<32xf32> {tf.aliasing_output = 104 : i32}, %arg109: tensor<32xf32> {tf.aliasing_output = 105 : i32}, %arg110: tensor<4x11xf32> {tf.aliasing_output = 106 : i32}, %arg111: tensor<8x11xf32> {tf.aliasing_output = 107 : i32}, %arg112: tensor<8x10xf32> {tf.aliasing_output = 108 : i32}, %arg113: tensor<4x32xf32> {tf.aliasing_output = 109 : i32}, %arg114: tensor<4x32xf32> {tf.aliasing_output = 110 : i32}, %arg115: tensor<32x96xf32> {tf.aliasing_output = 111 : i32}, %arg116: tensor<96xf32> {tf.aliasing_output = 112 : i32}, %arg117: tensor<32x32xf32> {tf.aliasing_output = 113 : i32}, %arg118: tensor<32xf32> {tf.aliasing_output = 114 : i32}, %arg119: tensor<4x32xf32> {tf.aliasing_output = 115 : i32}, %arg120: tensor<4x32xf32> {tf.aliasing_output = 116 : i32}, %arg121: tensor<32x64xf32> {tf.aliasing_output = 117 : i32}, %arg122: tensor<64xf32> {tf.aliasing_output = 118 : i32}, %arg123: tensor<64x32xf32> {tf.aliasing_output = 119 : i32}, %arg124: tensor<32xf32> {tf.aliasing_output = 120 : i32}, %arg125: tensor<4x32xf32> {tf.aliasing_output = 121 : i32}, %arg126: tensor<4x32xf32> {tf.aliasing_output = 122 : i32}, %arg127: tensor<32x96xf32> {tf.aliasing_output = 123 : i32}, %arg128: tensor<96xf32> {tf.aliasing_output = 124 : i32}, %arg129: tensor<32x32xf32> {tf.aliasing_output = 125 : i32}, %arg130: tensor<32xf32> {tf.aliasing_output = 126 : i32}, %arg131: tensor<4x32xf32> {tf.aliasing_output = 127 : i32}, %arg132: tensor<4x32xf32> {tf.aliasing_output = 128 : i32}, %arg133: tensor<32x64xf32> {tf.aliasing_output = 129 : i32}, %arg134: tensor<64xf32> {tf.aliasing_output = 130 : i32}, %arg135: tensor<64x32xf32> {tf.aliasing_output = 131 : i32}, %arg136: tensor<32xf32> {tf.aliasing_output = 132 : i32}, %arg137: tensor<4x32xf32> {tf.aliasing_output = 133 : i32}, %arg138: tensor<4x32xf32> {tf.aliasing_output = 134 : i32}, %arg139: tensor<32x32xf32> {tf.aliasing_output = 135 : i32}, %arg140: tensor<32xf32> {tf.aliasing_output = 136 : i32}) -> (tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<i32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4xf32>) {
    %0 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<2x4xi32>
    %1 = "stablehlo.broadcast_in_dim"(%arg1) {broadcast_dimensions = array<i64: 0>} : (tensor<2xi32>) -> tensor<2x4xi32>
    %2 = "stablehlo.compare"(%1, %0) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x4xi32>, tensor<2x4xi32>) -> tensor<2x4xi1>
    %3 = "stablehlo.convert"(%2) : (tensor<2x4xi1>) -> tensor<2x4xf32>
    %4 = "stablehlo.dot_general"(%arg3, %arg4) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<32x16xf32>, tensor<16x32xf32>) -> tensor<32x32xf32>
    %5 = "stablehlo.broadcast_in_dim"(%arg5) {broadcast_dimensions = array<i64: 1>} : (tensor<32xf32>) -> tensor<32x32xf32>
    %6 = "stablehlo.add"(%4, %5) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %7 = "stablehlo.reshape"(%arg0) : (tensor<2x4x8x8xi32>) -> tensor<2x256xi32>
    %8 = "stablehlo.gather"(%6, %7) {dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, indices_are_sorted = false, slice_sizes = array<i64: 1, 32>} : (tensor<32x32xf32>, tensor<2x256xi32>) -> tensor<2x256x32xf32>
    %9 = "stablehlo.broadcast_in_dim"(%arg6) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x1x32xf32>
    %10 = "stablehlo.slice"(%8) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 2, 255, 32>, strides = array<i64: 1, 1, 1>} : (tensor<2x256x32xf32>) -> tensor<2x255x32xf32>
    %11 = "stablehlo.concatenate"(%9, %10) {dimension = 1 : i64} : (tensor<2x1x32xf32>, tensor<2x255x32xf32>) -> tensor<2x256x32xf32>
    %12 = "stablehlo.broadcast_in_dim"(%arg7) {broadcast_dimensions = array<i64: 0, 3>} : (tensor<4x11xf32>) -> tensor<4x8x8x11xf32>
    %13 = "stablehlo.broadcast_in_dim"(%arg8) {broadcast_dimensions = array<i64: 1, 3>} : (tensor<8x11xf32>) -> tensor<4x8x8x11xf32>
    %14 = "stablehlo.broadcast_in_dim"(%arg9) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<8x10xf32>) -> tensor<4x8x8x10xf32>
    %15 = "stablehlo.concatenate"(%12, %13, %14) {dimension = 3 : i64} : (tensor<4x8x8x11xf32>, tensor<4x8x8x11xf32>, tensor<4x8x8x10xf32>) -> tensor<4x8x8x32xf32>
    %16 = "stablehlo.reshape"(%15) : (tensor<4x8x8x32xf32>) -> tensor<256x32xf32>
    %17 = "stablehlo.broadcast_in_dim"(%16) {broadcast_dimensions = array<i64: 1, 2>} : (tensor<256x32xf32>) -> tensor<2x256x32xf32>
    %18 = "stablehlo.add"(%11, %17) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %19 = "stablehlo.dot_general"(%3, %arg10) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %20 = "stablehlo.reshape"(%19) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %21 = "stablehlo.constant"() {value = dense<1.0> : tensor<2x1x32xf32>} : () -> tensor<2x1x32xf32>
    %22 = "stablehlo.add"(%20, %21) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %23 = "stablehlo.dot_general"(%3, %arg11) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %24 = "stablehlo.reshape"(%23) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %25 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %26 = "stablehlo.reduce"(%18, %25) ({
    ^bb0(%27: tensor<f32>, %28: tensor<f32>):
        %29 = "stablehlo.add"(%27, %28) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%29) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %30 = "stablehlo.reshape"(%26) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %31 = "stablehlo.constant"() {value = dense<32.0> : tensor<2x256x1xf32>} : () -> tensor<2x256x1xf32>
    %32 = "stablehlo.divide"(%30, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %33 = "stablehlo.multiply"(%18, %18) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %34 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %35 = "stablehlo.reduce"(%33, %34) ({
    ^bb0(%36: tensor<f32>, %37: tensor<f32>):
        %38 = "stablehlo.add"(%36, %37) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%38) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %39 = "stablehlo.reshape"(%35) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %40 = "stablehlo.divide"(%39, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %41 = "stablehlo.multiply"(%32, %32) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %42 = "stablehlo.subtract"(%40, %41) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %43 = "stablehlo.broadcast_in_dim"(%32) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %44 = "stablehlo.subtract"(%18, %43) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %45 = "stablehlo.constant"() {value = dense<0x358637BD> : tensor<2x256x1xf32>} : () -> tensor<2x256x1xf32>
    %46 = "stablehlo.add"(%42, %45) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %47 = "stablehlo.rsqrt"(%46) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %48 = "stablehlo.broadcast_in_dim"(%47) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %49 = "stablehlo.multiply"(%44, %48) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %50 = "stablehlo.broadcast_in_dim"(%22) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %51 = "stablehlo.multiply"(%49, %50) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %52 = "stablehlo.broadcast_in_dim"(%24) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %53 = "stablehlo.add"(%51, %52) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %54 = "stablehlo.dot_general"(%53, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x96xf32>) -> tensor<2x256x96xf32>
    %55 = "stablehlo.broadcast_in_dim"(%arg13) {broadcast_dimensions = array<i64: 2>} : (tensor<96xf32>) -> tensor<2x256x96xf32>
    %56 = "stablehlo.add"(%54, %55) : (tensor<2x256x96xf32>, tensor<2x256x96xf32>) -> tensor<2x256x96xf32>
    %57 = "stablehlo.reshape"(%56) : (tensor<2x256x96xf32>) -> tensor<2x256x2x48xf32>
    %58 = "stablehlo.slice"(%57) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 256, 2, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x48xf32>) -> tensor<2x256x2x16xf32>
    %59 = "stablehlo.slice"(%57) {start_indices = array<i64: 0, 0, 0, 16>, limit_indices = array<i64: 2, 256, 2, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x48xf32>) -> tensor<2x256x2x16xf32>
    %60 = "stablehlo.slice"(%57) {start_indices = array<i64: 0, 0, 0, 32>, limit_indices = array<i64: 2, 256, 2, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x48xf32>) -> tensor<2x256x2x16xf32>
    %61 = "stablehlo.constant"() {value = dense<4.0> : tensor<2x256x2x16xf32>} : () -> tensor<2x256x2x16xf32>
    %62 = "stablehlo.divide"(%58, %61) : (tensor<2x256x2x16xf32>, tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %63 = "stablehlo.slice"(%62) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 256, 2, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %64 = "stablehlo.slice"(%59) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 256, 2, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %65 = "stablehlo.dot_general"(%63, %64) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x256x2x16xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x256xf32>
    %66 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<256x256xi32>
    %67 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<256x256xi32>
    %68 = "stablehlo.constant"() {value = dense<0> : tensor<256x256xi32>} : () -> tensor<256x256xi32>
    %69 = "stablehlo.add"(%66, %68) : (tensor<256x256xi32>, tensor<256x256xi32>) -> tensor<256x256xi32>
    %70 = "stablehlo.compare"(%67, %69) {comparison_direction = #stablehlo<comparison_direction LE>} : (tensor<256x256xi32>, tensor<256x256xi32>) -> tensor<256x256xi1>
    %71 = "stablehlo.constant"() {value = dense<0xF149F2CA> : tensor<2x2x256x256xf32>} : () -> tensor<2x2x256x256xf32>
    %72 = "stablehlo.broadcast_in_dim"(%70) {broadcast_dimensions = array<i64: 2, 3>} : (tensor<256x256xi1>) -> tensor<2x2x256x256xi1>
    %73 = "stablehlo.select"(%72, %65, %71) : (tensor<2x2x256x256xi1>, tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %74 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %75 = "stablehlo.reduce"(%73, %74) ({
    ^bb0(%76: tensor<f32>, %77: tensor<f32>):
        %78 = "stablehlo.maximum"(%76, %77) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%78) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %79 = "stablehlo.reshape"(%75) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %80 = "stablehlo.broadcast_in_dim"(%79) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x256x1xf32>) -> tensor<2x2x256x256xf32>
    %81 = "stablehlo.subtract"(%73, %80) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %82 = "stablehlo.exponential"(%81) : (tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %83 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %84 = "stablehlo.reduce"(%82, %83) ({
    ^bb0(%85: tensor<f32>, %86: tensor<f32>):
        %87 = "stablehlo.add"(%85, %86) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%87) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %88 = "stablehlo.reshape"(%84) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %89 = "stablehlo.broadcast_in_dim"(%88) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x256x1xf32>) -> tensor<2x2x256x256xf32>
    %90 = "stablehlo.divide"(%82, %89) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %91 = "stablehlo.slice"(%60) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 256, 2, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %92 = "stablehlo.dot_general"(%90, %91) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<2x2x256x256xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %93 = "stablehlo.concatenate"(%92) {dimension = 2 : i64} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %94 = "stablehlo.transpose"(%93) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x16xf32>) -> tensor<2x256x2x16xf32>
    %95 = "stablehlo.reshape"(%94) : (tensor<2x256x2x16xf32>) -> tensor<2x256x32xf32>
    %96 = "stablehlo.dot_general"(%95, %arg14) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %97 = "stablehlo.broadcast_in_dim"(%arg15) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %98 = "stablehlo.add"(%96, %97) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %99 = "stablehlo.add"(%18, %98) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %100 = "stablehlo.dot_general"(%3, %arg16) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %101 = "stablehlo.reshape"(%100) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %102 = "stablehlo.add"(%101, %21) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %103 = "stablehlo.dot_general"(%3, %arg17) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %104 = "stablehlo.reshape"(%103) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %105 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %106 = "stablehlo.reduce"(%99, %105) ({
    ^bb0(%107: tensor<f32>, %108: tensor<f32>):
        %109 = "stablehlo.add"(%107, %108) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%109) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %110 = "stablehlo.reshape"(%106) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %111 = "stablehlo.divide"(%110, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %112 = "stablehlo.multiply"(%99, %99) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %113 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %114 = "stablehlo.reduce"(%112, %113) ({
    ^bb0(%115: tensor<f32>, %116: tensor<f32>):
        %117 = "stablehlo.add"(%115, %116) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%117) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %118 = "stablehlo.reshape"(%114) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %119 = "stablehlo.divide"(%118, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %120 = "stablehlo.multiply"(%111, %111) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %121 = "stablehlo.subtract"(%119, %120) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %122 = "stablehlo.broadcast_in_dim"(%111) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %123 = "stablehlo.subtract"(%99, %122) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %124 = "stablehlo.add"(%121, %45) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %125 = "stablehlo.rsqrt"(%124) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %126 = "stablehlo.broadcast_in_dim"(%125) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %127 = "stablehlo.multiply"(%123, %126) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %128 = "stablehlo.broadcast_in_dim"(%102) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %129 = "stablehlo.multiply"(%127, %128) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %130 = "stablehlo.broadcast_in_dim"(%104) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %131 = "stablehlo.add"(%129, %130) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %132 = "stablehlo.dot_general"(%131, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x64xf32>) -> tensor<2x256x64xf32>
    %133 = "stablehlo.broadcast_in_dim"(%arg19) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x256x64xf32>
    %134 = "stablehlo.add"(%132, %133) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %135 = "stablehlo.constant"() {value = dense<1.702> : tensor<2x256x64xf32>} : () -> tensor<2x256x64xf32>
    %136 = "stablehlo.multiply"(%134, %135) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %137 = "stablehlo.logistic"(%136) : (tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %138 = "stablehlo.multiply"(%134, %137) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %139 = "stablehlo.dot_general"(%138, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x64xf32>, tensor<64x32xf32>) -> tensor<2x256x32xf32>
    %140 = "stablehlo.broadcast_in_dim"(%arg21) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %141 = "stablehlo.add"(%139, %140) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %142 = "stablehlo.add"(%99, %141) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %143 = "stablehlo.dot_general"(%3, %arg22) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %144 = "stablehlo.reshape"(%143) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %145 = "stablehlo.add"(%144, %21) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %146 = "stablehlo.dot_general"(%3, %arg23) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %147 = "stablehlo.reshape"(%146) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %148 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %149 = "stablehlo.reduce"(%142, %148) ({
    ^bb0(%150: tensor<f32>, %151: tensor<f32>):
        %152 = "stablehlo.add"(%150, %151) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%152) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %153 = "stablehlo.reshape"(%149) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %154 = "stablehlo.divide"(%153, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %155 = "stablehlo.multiply"(%142, %142) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %156 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %157 = "stablehlo.reduce"(%155, %156) ({
    ^bb0(%158: tensor<f32>, %159: tensor<f32>):
        %160 = "stablehlo.add"(%158, %159) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%160) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %161 = "stablehlo.reshape"(%157) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %162 = "stablehlo.divide"(%161, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %163 = "stablehlo.multiply"(%154, %154) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %164 = "stablehlo.subtract"(%162, %163) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %165 = "stablehlo.broadcast_in_dim"(%154) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %166 = "stablehlo.subtract"(%142, %165) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %167 = "stablehlo.add"(%164, %45) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %168 = "stablehlo.rsqrt"(%167) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %169 = "stablehlo.broadcast_in_dim"(%168) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %170 = "stablehlo.multiply"(%166, %169) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %171 = "stablehlo.broadcast_in_dim"(%145) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %172 = "stablehlo.multiply"(%170, %171) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %173 = "stablehlo.broadcast_in_dim"(%147) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %174 = "stablehlo.add"(%172, %173) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %175 = "stablehlo.dot_general"(%174, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x96xf32>) -> tensor<2x256x96xf32>
    %176 = "stablehlo.broadcast_in_dim"(%arg25) {broadcast_dimensions = array<i64: 2>} : (tensor<96xf32>) -> tensor<2x256x96xf32>
    %177 = "stablehlo.add"(%175, %176) : (tensor<2x256x96xf32>, tensor<2x256x96xf32>) -> tensor<2x256x96xf32>
    %178 = "stablehlo.reshape"(%177) : (tensor<2x256x96xf32>) -> tensor<2x256x2x48xf32>
    %179 = "stablehlo.slice"(%178) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 256, 2, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x48xf32>) -> tensor<2x256x2x16xf32>
    %180 = "stablehlo.slice"(%178) {start_indices = array<i64: 0, 0, 0, 16>, limit_indices = array<i64: 2, 256, 2, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x48xf32>) -> tensor<2x256x2x16xf32>
    %181 = "stablehlo.slice"(%178) {start_indices = array<i64: 0, 0, 0, 32>, limit_indices = array<i64: 2, 256, 2, 48>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x48xf32>) -> tensor<2x256x2x16xf32>
    %182 = "stablehlo.divide"(%179, %61) : (tensor<2x256x2x16xf32>, tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %183 = "stablehlo.slice"(%182) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 256, 2, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %184 = "stablehlo.slice"(%180) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 256, 2, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %185 = "stablehlo.dot_general"(%183, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 2], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x256x2x16xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x256xf32>
    %186 = "stablehlo.select"(%72, %185, %71) : (tensor<2x2x256x256xi1>, tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %187 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %188 = "stablehlo.reduce"(%186, %187) ({
    ^bb0(%189: tensor<f32>, %190: tensor<f32>):
        %191 = "stablehlo.maximum"(%189, %190) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%191) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %192 = "stablehlo.reshape"(%188) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %193 = "stablehlo.broadcast_in_dim"(%192) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x256x1xf32>) -> tensor<2x2x256x256xf32>
    %194 = "stablehlo.subtract"(%186, %193) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %195 = "stablehlo.exponential"(%194) : (tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %196 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %197 = "stablehlo.reduce"(%195, %196) ({
    ^bb0(%198: tensor<f32>, %199: tensor<f32>):
        %200 = "stablehlo.add"(%198, %199) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%200) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %201 = "stablehlo.reshape"(%197) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %202 = "stablehlo.broadcast_in_dim"(%201) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x2x256x1xf32>) -> tensor<2x2x256x256xf32>
    %203 = "stablehlo.divide"(%195, %202) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %204 = "stablehlo.slice"(%181) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 256, 2, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %205 = "stablehlo.dot_general"(%203, %204) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<2x2x256x256xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %206 = "stablehlo.concatenate"(%205) {dimension = 2 : i64} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %207 = "stablehlo.transpose"(%206) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x16xf32>) -> tensor<2x256x2x16xf32>
    %208 = "stablehlo.reshape"(%207) : (tensor<2x256x2x16xf32>) -> tensor<2x256x32xf32>
    %209 = "stablehlo.dot_general"(%208, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %210 = "stablehlo.broadcast_in_dim"(%arg27) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %211 = "stablehlo.add"(%209, %210) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %212 = "stablehlo.add"(%142, %211) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %213 = "stablehlo.dot_general"(%3, %arg28) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %214 = "stablehlo.reshape"(%213) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %215 = "stablehlo.add"(%214, %21) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %216 = "stablehlo.dot_general"(%3, %arg29) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %217 = "stablehlo.reshape"(%216) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %218 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %219 = "stablehlo.reduce"(%212, %218) ({
    ^bb0(%220: tensor<f32>, %221: tensor<f32>):
        %222 = "stablehlo.add"(%220, %221) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%222) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %223 = "stablehlo.reshape"(%219) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %224 = "stablehlo.divide"(%223, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %225 = "stablehlo.multiply"(%212, %212) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %226 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %227 = "stablehlo.reduce"(%225, %226) ({
    ^bb0(%228: tensor<f32>, %229: tensor<f32>):
        %230 = "stablehlo.add"(%228, %229) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%230) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %231 = "stablehlo.reshape"(%227) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %232 = "stablehlo.divide"(%231, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %233 = "stablehlo.multiply"(%224, %224) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %234 = "stablehlo.subtract"(%232, %233) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %235 = "stablehlo.broadcast_in_dim"(%224) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %236 = "stablehlo.subtract"(%212, %235) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %237 = "stablehlo.add"(%234, %45) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %238 = "stablehlo.rsqrt"(%237) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %239 = "stablehlo.broadcast_in_dim"(%238) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %240 = "stablehlo.multiply"(%236, %239) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %241 = "stablehlo.broadcast_in_dim"(%215) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %242 = "stablehlo.multiply"(%240, %241) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %243 = "stablehlo.broadcast_in_dim"(%217) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %244 = "stablehlo.add"(%242, %243) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %245 = "stablehlo.dot_general"(%244, %arg30) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x64xf32>) -> tensor<2x256x64xf32>
    %246 = "stablehlo.broadcast_in_dim"(%arg31) {broadcast_dimensions = array<i64: 2>} : (tensor<64xf32>) -> tensor<2x256x64xf32>
    %247 = "stablehlo.add"(%245, %246) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %248 = "stablehlo.multiply"(%247, %135) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %249 = "stablehlo.logistic"(%248) : (tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %250 = "stablehlo.multiply"(%247, %249) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %251 = "stablehlo.dot_general"(%250, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x64xf32>, tensor<64x32xf32>) -> tensor<2x256x32xf32>
    %252 = "stablehlo.broadcast_in_dim"(%arg33) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %253 = "stablehlo.add"(%251, %252) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %254 = "stablehlo.add"(%212, %253) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %255 = "stablehlo.dot_general"(%3, %arg34) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %256 = "stablehlo.reshape"(%255) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %257 = "stablehlo.add"(%256, %21) : (tensor<2x1x32xf32>, tensor<2x1x32xf32>) -> tensor<2x1x32xf32>
    %258 = "stablehlo.dot_general"(%3, %arg35) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x4xf32>, tensor<4x32xf32>) -> tensor<2x32xf32>
    %259 = "stablehlo.reshape"(%258) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %260 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %261 = "stablehlo.reduce"(%254, %260) ({
    ^bb0(%262: tensor<f32>, %263: tensor<f32>):
        %264 = "stablehlo.add"(%262, %263) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%264) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %265 = "stablehlo.reshape"(%261) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %266 = "stablehlo.divide"(%265, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %267 = "stablehlo.multiply"(%254, %254) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %268 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %269 = "stablehlo.reduce"(%267, %268) ({
    ^bb0(%270: tensor<f32>, %271: tensor<f32>):
        %272 = "stablehlo.add"(%270, %271) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%272) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %273 = "stablehlo.reshape"(%269) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %274 = "stablehlo.divide"(%273, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %275 = "stablehlo.multiply"(%266, %266) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %276 = "stablehlo.subtract"(%274, %275) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %277 = "stablehlo.broadcast_in_dim"(%266) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %278 = "stablehlo.subtract"(%254, %277) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %279 = "stablehlo.add"(%276, %45) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %280 = "stablehlo.rsqrt"(%279) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %281 = "stablehlo.broadcast_in_dim"(%280) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x256x1xf32>) -> tensor<2x256x32xf32>
    %282 = "stablehlo.multiply"(%278, %281) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %283 = "stablehlo.broadcast_in_dim"(%257) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %284 = "stablehlo.multiply"(%282, %283) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %285 = "stablehlo.broadcast_in_dim"(%259) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x32xf32>) -> tensor<2x256x32xf32>
    %286 = "stablehlo.add"(%284, %285) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %287 = "stablehlo.dot_general"(%286, %arg36) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %288 = "stablehlo.broadcast_in_dim"(%arg37) {broadcast_dimensions = array<i64: 2>} : (tensor<32xf32>) -> tensor<2x256x32xf32>
    %289 = "stablehlo.add"(%287, %288) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %290 = "stablehlo.reshape"(%289) : (tensor<2x256x32xf32>) -> tensor<2x4x8x8x32xf32>
    %291 = "stablehlo.iota"() {iota_dimension = 4 : i64} : () -> tensor<2x4x8x8x32xi32>
    %292 = "stablehlo.broadcast_in_dim"(%arg0) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x8x8xi32>) -> tensor<2x4x8x8x32xi32>
    %293 = "stablehlo.compare"(%292, %291) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x4x8x8x32xi32>, tensor<2x4x8x8x32xi32>) -> tensor<2x4x8x8x32xi1>
    %294 = "stablehlo.convert"(%293) : (tensor<2x4x8x8x32xi1>) -> tensor<2x4x8x8x32xf32>
    %295 = "stablehlo.multiply"(%290, %294) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %296 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %297 = "stablehlo.reduce"(%295, %296) ({
    ^bb0(%298: tensor<f32>, %299: tensor<f32>):
        %300 = "stablehlo.add"(%298, %299) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%300) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<2x4x8x8x32xf32>, tensor<f32>) -> tensor<2x4x8x8xf32>
    %301 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %302 = "stablehlo.reduce"(%290, %301) ({
    ^bb0(%303: tensor<f32>, %304: tensor<f32>):
        %305 = "stablehlo.maximum"(%303, %304) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%305) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<2x4x8x8x32xf32>, tensor<f32>) -> tensor<2x4x8x8xf32>
    %306 = "stablehlo.reshape"(%302) : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8x1xf32>
    %307 = "stablehlo.broadcast_in_dim"(%306) {broadcast_dimensions = array<i64: 0, 1, 2, 3, 4>} : (tensor<2x4x8x8x1xf32>) -> tensor<2x4x8x8x32xf32>
    %308 = "stablehlo.subtract"(%290, %307) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %309 = "stablehlo.exponential"(%308) : (tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %310 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %311 = "stablehlo.reduce"(%309, %310) ({
    ^bb0(%312: tensor<f32>, %313: tensor<f32>):
        %314 = "stablehlo.add"(%312, %313) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%314) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 4>} : (tensor<2x4x8x8x32xf32>, tensor<f32>) -> tensor<2x4x8x8xf32>
    %315 = "stablehlo.log"(%311) : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %316 = "stablehlo.reshape"(%306) : (tensor<2x4x8x8x1xf32>) -> tensor<2x4x8x8xf32>
    %317 = "stablehlo.add"(%315, %316) : (tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %318 = "stablehlo.subtract"(%297, %317) : (tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %319 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %320 = "stablehlo.reduce"(%318, %319) ({
    ^bb0(%321: tensor<f32>, %322: tensor<f32>):
        %323 = "stablehlo.add"(%321, %322) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%323) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x8x8xf32>, tensor<f32>) -> tensor<f32>
    %324 = "stablehlo.constant"() {value = dense<512.0> : tensor<f32>} : () -> tensor<f32>
    %325 = "stablehlo.divide"(%320, %324) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %326 = "stablehlo.negate"(%325) : (tensor<f32>) -> tensor<f32>
    %327 = "stablehlo.constant"() {value = dense<0.6931472> : tensor<f32>} : () -> tensor<f32>
    %328 = "stablehlo.divide"(%326, %327) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %329 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
    %330 = "stablehlo.negate"(%329) : (tensor<f32>) -> tensor<f32>
    %331 = "stablehlo.divide"(%330, %324) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %332 = "stablehlo.broadcast_in_dim"(%331) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x4x8x8xf32>
    %333 = "stablehlo.negate"(%332) : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %334 = "stablehlo.divide"(%333, %311) : (tensor<2x4x8x8xf32>, tensor<2x4x8x8xf32>) -> tensor<2x4x8x8xf32>
    %335 = "stablehlo.broadcast_in_dim"(%334) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8x32xf32>
    %336 = "stablehlo.multiply"(%335, %309) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %337 = "stablehlo.broadcast_in_dim"(%332) {broadcast_dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x4x8x8xf32>) -> tensor<2x4x8x8x32xf32>
    %338 = "stablehlo.multiply"(%337, %294) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %339 = "stablehlo.add"(%336, %338) : (tensor<2x4x8x8x32xf32>, tensor<2x4x8x8x32xf32>) -> tensor<2x4x8x8x32xf32>
    %340 = "stablehlo.reshape"(%339) : (tensor<2x4x8x8x32xf32>) -> tensor<2x256x32xf32>
    %341 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %342 = "stablehlo.reduce"(%340, %341) ({
    ^bb0(%343: tensor<f32>, %344: tensor<f32>):
        %345 = "stablehlo.add"(%343, %344) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%345) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %346 = "stablehlo.dot_general"(%340, %arg36) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %347 = "stablehlo.reshape"(%340) : (tensor<2x256x32xf32>) -> tensor<512x32xf32>
    %348 = "stablehlo.reshape"(%286) : (tensor<2x256x32xf32>) -> tensor<512x32xf32>
    %349 = "stablehlo.dot_general"(%347, %348) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<512x32xf32>, tensor<512x32xf32>) -> tensor<32x32xf32>
    %350 = "stablehlo.transpose"(%349) {permutation = array<i64: 1, 0>} : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %351 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %352 = "stablehlo.reduce"(%346, %351) ({
    ^bb0(%353: tensor<f32>, %354: tensor<f32>):
        %355 = "stablehlo.add"(%353, %354) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%355) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %356 = "stablehlo.reshape"(%352) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %357 = "stablehlo.multiply"(%346, %283) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %358 = "stablehlo.multiply"(%346, %282) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %359 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %360 = "stablehlo.reduce"(%358, %359) ({
    ^bb0(%361: tensor<f32>, %362: tensor<f32>):
        %363 = "stablehlo.add"(%361, %362) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%363) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %364 = "stablehlo.reshape"(%360) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %365 = "stablehlo.multiply"(%357, %281) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %366 = "stablehlo.multiply"(%357, %278) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %367 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %368 = "stablehlo.reduce"(%366, %367) ({
    ^bb0(%369: tensor<f32>, %370: tensor<f32>):
        %371 = "stablehlo.add"(%369, %370) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%371) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %372 = "stablehlo.reshape"(%368) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %373 = "stablehlo.multiply"(%372, %280) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %374 = "stablehlo.constant"() {value = dense<-0.5> : tensor<2x256x1xf32>} : () -> tensor<2x256x1xf32>
    %375 = "stablehlo.multiply"(%373, %374) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %376 = "stablehlo.divide"(%375, %279) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %377 = "stablehlo.negate"(%365) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %378 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %379 = "stablehlo.reduce"(%377, %378) ({
    ^bb0(%380: tensor<f32>, %381: tensor<f32>):
        %382 = "stablehlo.add"(%380, %381) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%382) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %383 = "stablehlo.reshape"(%379) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %384 = "stablehlo.negate"(%376) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %385 = "stablehlo.multiply"(%384, %266) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %386 = "stablehlo.add"(%383, %385) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %387 = "stablehlo.add"(%386, %385) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %388 = "stablehlo.divide"(%376, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %389 = "stablehlo.reshape"(%388) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %390 = "stablehlo.broadcast_in_dim"(%389) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %391 = "stablehlo.multiply"(%390, %254) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %392 = "stablehlo.add"(%365, %391) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %393 = "stablehlo.add"(%392, %391) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %394 = "stablehlo.divide"(%387, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %395 = "stablehlo.reshape"(%394) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %396 = "stablehlo.broadcast_in_dim"(%395) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %397 = "stablehlo.add"(%393, %396) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %398 = "stablehlo.reshape"(%356) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %399 = "stablehlo.dot_general"(%398, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %400 = "stablehlo.transpose"(%399) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %401 = "stablehlo.reshape"(%364) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %402 = "stablehlo.dot_general"(%401, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %403 = "stablehlo.transpose"(%402) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %404 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %405 = "stablehlo.reduce"(%397, %404) ({
    ^bb0(%406: tensor<f32>, %407: tensor<f32>):
        %408 = "stablehlo.add"(%406, %407) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%408) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %409 = "stablehlo.dot_general"(%397, %arg32) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<64x32xf32>) -> tensor<2x256x64xf32>
    %410 = "stablehlo.reshape"(%397) : (tensor<2x256x32xf32>) -> tensor<512x32xf32>
    %411 = "stablehlo.reshape"(%250) : (tensor<2x256x64xf32>) -> tensor<512x64xf32>
    %412 = "stablehlo.dot_general"(%410, %411) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<512x32xf32>, tensor<512x64xf32>) -> tensor<32x64xf32>
    %413 = "stablehlo.transpose"(%412) {permutation = array<i64: 1, 0>} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %414 = "stablehlo.multiply"(%409, %249) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %415 = "stablehlo.multiply"(%409, %247) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %416 = "stablehlo.multiply"(%415, %249) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %417 = "stablehlo.constant"() {value = dense<1.0> : tensor<2x256x64xf32>} : () -> tensor<2x256x64xf32>
    %418 = "stablehlo.subtract"(%417, %249) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %419 = "stablehlo.multiply"(%416, %418) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %420 = "stablehlo.multiply"(%419, %135) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %421 = "stablehlo.add"(%414, %420) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %422 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %423 = "stablehlo.reduce"(%421, %422) ({
    ^bb0(%424: tensor<f32>, %425: tensor<f32>):
        %426 = "stablehlo.add"(%424, %425) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%426) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x64xf32>, tensor<f32>) -> tensor<64xf32>
    %427 = "stablehlo.dot_general"(%421, %arg30) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x64xf32>, tensor<32x64xf32>) -> tensor<2x256x32xf32>
    %428 = "stablehlo.reshape"(%421) : (tensor<2x256x64xf32>) -> tensor<512x64xf32>
    %429 = "stablehlo.reshape"(%244) : (tensor<2x256x32xf32>) -> tensor<512x32xf32>
    %430 = "stablehlo.dot_general"(%428, %429) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<512x64xf32>, tensor<512x32xf32>) -> tensor<64x32xf32>
    %431 = "stablehlo.transpose"(%430) {permutation = array<i64: 1, 0>} : (tensor<64x32xf32>) -> tensor<32x64xf32>
    %432 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %433 = "stablehlo.reduce"(%427, %432) ({
    ^bb0(%434: tensor<f32>, %435: tensor<f32>):
        %436 = "stablehlo.add"(%434, %435) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%436) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %437 = "stablehlo.reshape"(%433) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %438 = "stablehlo.multiply"(%427, %241) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %439 = "stablehlo.multiply"(%427, %240) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %440 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %441 = "stablehlo.reduce"(%439, %440) ({
    ^bb0(%442: tensor<f32>, %443: tensor<f32>):
        %444 = "stablehlo.add"(%442, %443) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%444) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %445 = "stablehlo.reshape"(%441) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %446 = "stablehlo.multiply"(%438, %239) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %447 = "stablehlo.multiply"(%438, %236) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %448 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %449 = "stablehlo.reduce"(%447, %448) ({
    ^bb0(%450: tensor<f32>, %451: tensor<f32>):
        %452 = "stablehlo.add"(%450, %451) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%452) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %453 = "stablehlo.reshape"(%449) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %454 = "stablehlo.multiply"(%453, %238) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %455 = "stablehlo.multiply"(%454, %374) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %456 = "stablehlo.divide"(%455, %237) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %457 = "stablehlo.negate"(%446) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %458 = "stablehlo.add"(%397, %446) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %459 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %460 = "stablehlo.reduce"(%457, %459) ({
    ^bb0(%461: tensor<f32>, %462: tensor<f32>):
        %463 = "stablehlo.add"(%461, %462) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%463) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %464 = "stablehlo.reshape"(%460) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %465 = "stablehlo.negate"(%456) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %466 = "stablehlo.multiply"(%465, %224) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %467 = "stablehlo.add"(%464, %466) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %468 = "stablehlo.add"(%467, %466) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %469 = "stablehlo.divide"(%456, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %470 = "stablehlo.reshape"(%469) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %471 = "stablehlo.broadcast_in_dim"(%470) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %472 = "stablehlo.multiply"(%471, %212) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %473 = "stablehlo.add"(%458, %472) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %474 = "stablehlo.add"(%473, %472) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %475 = "stablehlo.divide"(%468, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %476 = "stablehlo.reshape"(%475) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %477 = "stablehlo.broadcast_in_dim"(%476) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %478 = "stablehlo.add"(%474, %477) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %479 = "stablehlo.reshape"(%437) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %480 = "stablehlo.dot_general"(%479, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %481 = "stablehlo.transpose"(%480) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %482 = "stablehlo.reshape"(%445) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %483 = "stablehlo.dot_general"(%482, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %484 = "stablehlo.transpose"(%483) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %485 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %486 = "stablehlo.reduce"(%478, %485) ({
    ^bb0(%487: tensor<f32>, %488: tensor<f32>):
        %489 = "stablehlo.add"(%487, %488) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%489) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %490 = "stablehlo.dot_general"(%478, %arg26) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %491 = "stablehlo.reshape"(%478) : (tensor<2x256x32xf32>) -> tensor<512x32xf32>
    %492 = "stablehlo.reshape"(%208) : (tensor<2x256x32xf32>) -> tensor<512x32xf32>
    %493 = "stablehlo.dot_general"(%491, %492) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<512x32xf32>, tensor<512x32xf32>) -> tensor<32x32xf32>
    %494 = "stablehlo.transpose"(%493) {permutation = array<i64: 1, 0>} : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %495 = "stablehlo.reshape"(%490) : (tensor<2x256x32xf32>) -> tensor<2x256x2x16xf32>
    %496 = "stablehlo.transpose"(%495) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %497 = "stablehlo.slice"(%496) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %498 = "stablehlo.dot_general"(%497, %204) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x256x16xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x256xf32>
    %499 = "stablehlo.dot_general"(%497, %203) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x256x16xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x16x256xf32>
    %500 = "stablehlo.transpose"(%499) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<2x2x16x256xf32>) -> tensor<2x256x2x16xf32>
    %501 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %502 = "stablehlo.pad"(%500, %501) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x16xf32>
    %503 = "stablehlo.divide"(%498, %202) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %504 = "stablehlo.multiply"(%498, %203) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %505 = "stablehlo.divide"(%504, %202) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %506 = "stablehlo.negate"(%505) : (tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %507 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %508 = "stablehlo.reduce"(%506, %507) ({
    ^bb0(%509: tensor<f32>, %510: tensor<f32>):
        %511 = "stablehlo.add"(%509, %510) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%511) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %512 = "stablehlo.reshape"(%508) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %513 = "stablehlo.reshape"(%512) : (tensor<2x2x256x1xf32>) -> tensor<2x2x256xf32>
    %514 = "stablehlo.broadcast_in_dim"(%513) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x2x256xf32>) -> tensor<2x2x256x256xf32>
    %515 = "stablehlo.add"(%503, %514) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %516 = "stablehlo.multiply"(%515, %195) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %517 = "stablehlo.constant"() {value = dense<0.0> : tensor<2x2x256x256xf32>} : () -> tensor<2x2x256x256xf32>
    %518 = "stablehlo.select"(%72, %516, %517) : (tensor<2x2x256x256xi1>, tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %519 = "stablehlo.dot_general"(%518, %184) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<2x2x256x256xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %520 = "stablehlo.transpose"(%519) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x16xf32>) -> tensor<2x256x2x16xf32>
    %521 = "stablehlo.dot_general"(%518, %183) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x2x256x256xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %522 = "stablehlo.transpose"(%521) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x16xf32>) -> tensor<2x256x2x16xf32>
    %523 = "stablehlo.pad"(%522, %501) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x16xf32>
    %524 = "stablehlo.pad"(%520, %501) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x16xf32>
    %525 = "stablehlo.divide"(%524, %61) : (tensor<2x256x2x16xf32>, tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %526 = "stablehlo.pad"(%502, %501) {edge_padding_low = array<i64: 0, 0, 0, 32>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x48xf32>
    %527 = "stablehlo.pad"(%523, %501) {edge_padding_low = array<i64: 0, 0, 0, 16>, edge_padding_high = array<i64: 0, 0, 0, 16>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x48xf32>
    %528 = "stablehlo.add"(%526, %527) : (tensor<2x256x2x48xf32>, tensor<2x256x2x48xf32>) -> tensor<2x256x2x48xf32>
    %529 = "stablehlo.pad"(%525, %501) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 32>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x48xf32>
    %530 = "stablehlo.add"(%528, %529) : (tensor<2x256x2x48xf32>, tensor<2x256x2x48xf32>) -> tensor<2x256x2x48xf32>
    %531 = "stablehlo.reshape"(%530) : (tensor<2x256x2x48xf32>) -> tensor<2x256x96xf32>
    %532 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %533 = "stablehlo.reduce"(%531, %532) ({
    ^bb0(%534: tensor<f32>, %535: tensor<f32>):
        %536 = "stablehlo.add"(%534, %535) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%536) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x96xf32>, tensor<f32>) -> tensor<96xf32>
    %537 = "stablehlo.dot_general"(%531, %arg24) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x96xf32>, tensor<32x96xf32>) -> tensor<2x256x32xf32>
    %538 = "stablehlo.reshape"(%531) : (tensor<2x256x96xf32>) -> tensor<512x96xf32>
    %539 = "stablehlo.reshape"(%174) : (tensor<2x256x32xf32>) -> tensor<512x32xf32>
    %540 = "stablehlo.dot_general"(%538, %539) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<512x96xf32>, tensor<512x32xf32>) -> tensor<96x32xf32>
    %541 = "stablehlo.transpose"(%540) {permutation = array<i64: 1, 0>} : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %542 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %543 = "stablehlo.reduce"(%537, %542) ({
    ^bb0(%544: tensor<f32>, %545: tensor<f32>):
        %546 = "stablehlo.add"(%544, %545) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%546) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %547 = "stablehlo.reshape"(%543) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %548 = "stablehlo.multiply"(%537, %171) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %549 = "stablehlo.multiply"(%537, %170) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %550 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %551 = "stablehlo.reduce"(%549, %550) ({
    ^bb0(%552: tensor<f32>, %553: tensor<f32>):
        %554 = "stablehlo.add"(%552, %553) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%554) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %555 = "stablehlo.reshape"(%551) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %556 = "stablehlo.multiply"(%548, %169) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %557 = "stablehlo.multiply"(%548, %166) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %558 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %559 = "stablehlo.reduce"(%557, %558) ({
    ^bb0(%560: tensor<f32>, %561: tensor<f32>):
        %562 = "stablehlo.add"(%560, %561) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%562) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %563 = "stablehlo.reshape"(%559) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %564 = "stablehlo.multiply"(%563, %168) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %565 = "stablehlo.multiply"(%564, %374) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %566 = "stablehlo.divide"(%565, %167) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %567 = "stablehlo.negate"(%556) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %568 = "stablehlo.add"(%478, %556) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %569 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %570 = "stablehlo.reduce"(%567, %569) ({
    ^bb0(%571: tensor<f32>, %572: tensor<f32>):
        %573 = "stablehlo.add"(%571, %572) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%573) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %574 = "stablehlo.reshape"(%570) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %575 = "stablehlo.negate"(%566) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %576 = "stablehlo.multiply"(%575, %154) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %577 = "stablehlo.add"(%574, %576) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %578 = "stablehlo.add"(%577, %576) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %579 = "stablehlo.divide"(%566, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %580 = "stablehlo.reshape"(%579) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %581 = "stablehlo.broadcast_in_dim"(%580) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %582 = "stablehlo.multiply"(%581, %142) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %583 = "stablehlo.add"(%568, %582) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %584 = "stablehlo.add"(%583, %582) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %585 = "stablehlo.divide"(%578, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %586 = "stablehlo.reshape"(%585) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %587 = "stablehlo.broadcast_in_dim"(%586) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %588 = "stablehlo.add"(%584, %587) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %589 = "stablehlo.reshape"(%547) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %590 = "stablehlo.dot_general"(%589, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %591 = "stablehlo.transpose"(%590) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %592 = "stablehlo.reshape"(%555) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %593 = "stablehlo.dot_general"(%592, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %594 = "stablehlo.transpose"(%593) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %595 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %596 = "stablehlo.reduce"(%588, %595) ({
    ^bb0(%597: tensor<f32>, %598: tensor<f32>):
        %599 = "stablehlo.add"(%597, %598) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%599) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %600 = "stablehlo.dot_general"(%588, %arg20) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<64x32xf32>) -> tensor<2x256x64xf32>
    %601 = "stablehlo.reshape"(%588) : (tensor<2x256x32xf32>) -> tensor<512x32xf32>
    %602 = "stablehlo.reshape"(%138) : (tensor<2x256x64xf32>) -> tensor<512x64xf32>
    %603 = "stablehlo.dot_general"(%601, %602) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<512x32xf32>, tensor<512x64xf32>) -> tensor<32x64xf32>
    %604 = "stablehlo.transpose"(%603) {permutation = array<i64: 1, 0>} : (tensor<32x64xf32>) -> tensor<64x32xf32>
    %605 = "stablehlo.multiply"(%600, %137) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %606 = "stablehlo.multiply"(%600, %134) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %607 = "stablehlo.multiply"(%606, %137) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %608 = "stablehlo.subtract"(%417, %137) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %609 = "stablehlo.multiply"(%607, %608) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %610 = "stablehlo.multiply"(%609, %135) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %611 = "stablehlo.add"(%605, %610) : (tensor<2x256x64xf32>, tensor<2x256x64xf32>) -> tensor<2x256x64xf32>
    %612 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %613 = "stablehlo.reduce"(%611, %612) ({
    ^bb0(%614: tensor<f32>, %615: tensor<f32>):
        %616 = "stablehlo.add"(%614, %615) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%616) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x64xf32>, tensor<f32>) -> tensor<64xf32>
    %617 = "stablehlo.dot_general"(%611, %arg18) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x64xf32>, tensor<32x64xf32>) -> tensor<2x256x32xf32>
    %618 = "stablehlo.reshape"(%611) : (tensor<2x256x64xf32>) -> tensor<512x64xf32>
    %619 = "stablehlo.reshape"(%131) : (tensor<2x256x32xf32>) -> tensor<512x32xf32>
    %620 = "stablehlo.dot_general"(%618, %619) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<512x64xf32>, tensor<512x32xf32>) -> tensor<64x32xf32>
    %621 = "stablehlo.transpose"(%620) {permutation = array<i64: 1, 0>} : (tensor<64x32xf32>) -> tensor<32x64xf32>
    %622 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %623 = "stablehlo.reduce"(%617, %622) ({
    ^bb0(%624: tensor<f32>, %625: tensor<f32>):
        %626 = "stablehlo.add"(%624, %625) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%626) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %627 = "stablehlo.reshape"(%623) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %628 = "stablehlo.multiply"(%617, %128) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %629 = "stablehlo.multiply"(%617, %127) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %630 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %631 = "stablehlo.reduce"(%629, %630) ({
    ^bb0(%632: tensor<f32>, %633: tensor<f32>):
        %634 = "stablehlo.add"(%632, %633) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%634) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %635 = "stablehlo.reshape"(%631) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %636 = "stablehlo.multiply"(%628, %126) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %637 = "stablehlo.multiply"(%628, %123) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %638 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %639 = "stablehlo.reduce"(%637, %638) ({
    ^bb0(%640: tensor<f32>, %641: tensor<f32>):
        %642 = "stablehlo.add"(%640, %641) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%642) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %643 = "stablehlo.reshape"(%639) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %644 = "stablehlo.multiply"(%643, %125) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %645 = "stablehlo.multiply"(%644, %374) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %646 = "stablehlo.divide"(%645, %124) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %647 = "stablehlo.negate"(%636) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %648 = "stablehlo.add"(%588, %636) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %649 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %650 = "stablehlo.reduce"(%647, %649) ({
    ^bb0(%651: tensor<f32>, %652: tensor<f32>):
        %653 = "stablehlo.add"(%651, %652) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%653) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %654 = "stablehlo.reshape"(%650) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %655 = "stablehlo.negate"(%646) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %656 = "stablehlo.multiply"(%655, %111) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %657 = "stablehlo.add"(%654, %656) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %658 = "stablehlo.add"(%657, %656) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %659 = "stablehlo.divide"(%646, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %660 = "stablehlo.reshape"(%659) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %661 = "stablehlo.broadcast_in_dim"(%660) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %662 = "stablehlo.multiply"(%661, %99) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %663 = "stablehlo.add"(%648, %662) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %664 = "stablehlo.add"(%663, %662) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %665 = "stablehlo.divide"(%658, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %666 = "stablehlo.reshape"(%665) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %667 = "stablehlo.broadcast_in_dim"(%666) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %668 = "stablehlo.add"(%664, %667) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %669 = "stablehlo.reshape"(%627) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %670 = "stablehlo.dot_general"(%669, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %671 = "stablehlo.transpose"(%670) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %672 = "stablehlo.reshape"(%635) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %673 = "stablehlo.dot_general"(%672, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %674 = "stablehlo.transpose"(%673) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %675 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %676 = "stablehlo.reduce"(%668, %675) ({
    ^bb0(%677: tensor<f32>, %678: tensor<f32>):
        %679 = "stablehlo.add"(%677, %678) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%679) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<32xf32>
    %680 = "stablehlo.dot_general"(%668, %arg14) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x32xf32>, tensor<32x32xf32>) -> tensor<2x256x32xf32>
    %681 = "stablehlo.reshape"(%668) : (tensor<2x256x32xf32>) -> tensor<512x32xf32>
    %682 = "stablehlo.reshape"(%95) : (tensor<2x256x32xf32>) -> tensor<512x32xf32>
    %683 = "stablehlo.dot_general"(%681, %682) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<512x32xf32>, tensor<512x32xf32>) -> tensor<32x32xf32>
    %684 = "stablehlo.transpose"(%683) {permutation = array<i64: 1, 0>} : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %685 = "stablehlo.reshape"(%680) : (tensor<2x256x32xf32>) -> tensor<2x256x2x16xf32>
    %686 = "stablehlo.transpose"(%685) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %687 = "stablehlo.slice"(%686) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 2, 2, 256, 16>, strides = array<i64: 1, 1, 1, 1>} : (tensor<2x2x256x16xf32>) -> tensor<2x2x256x16xf32>
    %688 = "stablehlo.dot_general"(%687, %91) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>} : (tensor<2x2x256x16xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x256xf32>
    %689 = "stablehlo.dot_general"(%687, %90) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>} : (tensor<2x2x256x16xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x16x256xf32>
    %690 = "stablehlo.transpose"(%689) {permutation = array<i64: 0, 3, 1, 2>} : (tensor<2x2x16x256xf32>) -> tensor<2x256x2x16xf32>
    %691 = "stablehlo.pad"(%690, %501) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x16xf32>
    %692 = "stablehlo.divide"(%688, %89) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %693 = "stablehlo.multiply"(%688, %90) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %694 = "stablehlo.divide"(%693, %89) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %695 = "stablehlo.negate"(%694) : (tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %696 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %697 = "stablehlo.reduce"(%695, %696) ({
    ^bb0(%698: tensor<f32>, %699: tensor<f32>):
        %700 = "stablehlo.add"(%698, %699) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%700) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 3>} : (tensor<2x2x256x256xf32>, tensor<f32>) -> tensor<2x2x256xf32>
    %701 = "stablehlo.reshape"(%697) : (tensor<2x2x256xf32>) -> tensor<2x2x256x1xf32>
    %702 = "stablehlo.reshape"(%701) : (tensor<2x2x256x1xf32>) -> tensor<2x2x256xf32>
    %703 = "stablehlo.broadcast_in_dim"(%702) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x2x256xf32>) -> tensor<2x2x256x256xf32>
    %704 = "stablehlo.add"(%692, %703) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %705 = "stablehlo.multiply"(%704, %82) : (tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %706 = "stablehlo.select"(%72, %705, %517) : (tensor<2x2x256x256xi1>, tensor<2x2x256x256xf32>, tensor<2x2x256x256xf32>) -> tensor<2x2x256x256xf32>
    %707 = "stablehlo.dot_general"(%706, %64) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>} : (tensor<2x2x256x256xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %708 = "stablehlo.transpose"(%707) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x16xf32>) -> tensor<2x256x2x16xf32>
    %709 = "stablehlo.dot_general"(%706, %63) {dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 2], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x2x256x256xf32>, tensor<2x256x2x16xf32>) -> tensor<2x2x256x16xf32>
    %710 = "stablehlo.transpose"(%709) {permutation = array<i64: 0, 2, 1, 3>} : (tensor<2x2x256x16xf32>) -> tensor<2x256x2x16xf32>
    %711 = "stablehlo.pad"(%710, %501) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x16xf32>
    %712 = "stablehlo.pad"(%708, %501) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x16xf32>
    %713 = "stablehlo.divide"(%712, %61) : (tensor<2x256x2x16xf32>, tensor<2x256x2x16xf32>) -> tensor<2x256x2x16xf32>
    %714 = "stablehlo.pad"(%691, %501) {edge_padding_low = array<i64: 0, 0, 0, 32>, edge_padding_high = array<i64: 0, 0, 0, 0>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x48xf32>
    %715 = "stablehlo.pad"(%711, %501) {edge_padding_low = array<i64: 0, 0, 0, 16>, edge_padding_high = array<i64: 0, 0, 0, 16>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x48xf32>
    %716 = "stablehlo.add"(%714, %715) : (tensor<2x256x2x48xf32>, tensor<2x256x2x48xf32>) -> tensor<2x256x2x48xf32>
    %717 = "stablehlo.pad"(%713, %501) {edge_padding_low = array<i64: 0, 0, 0, 0>, edge_padding_high = array<i64: 0, 0, 0, 32>, interior_padding = array<i64: 0, 0, 0, 0>} : (tensor<2x256x2x16xf32>, tensor<f32>) -> tensor<2x256x2x48xf32>
    %718 = "stablehlo.add"(%716, %717) : (tensor<2x256x2x48xf32>, tensor<2x256x2x48xf32>) -> tensor<2x256x2x48xf32>
    %719 = "stablehlo.reshape"(%718) : (tensor<2x256x2x48xf32>) -> tensor<2x256x96xf32>
    %720 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %721 = "stablehlo.reduce"(%719, %720) ({
    ^bb0(%722: tensor<f32>, %723: tensor<f32>):
        %724 = "stablehlo.add"(%722, %723) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%724) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x256x96xf32>, tensor<f32>) -> tensor<96xf32>
    %725 = "stablehlo.dot_general"(%719, %arg12) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [1]>} : (tensor<2x256x96xf32>, tensor<32x96xf32>) -> tensor<2x256x32xf32>
    %726 = "stablehlo.reshape"(%719) : (tensor<2x256x96xf32>) -> tensor<512x96xf32>
    %727 = "stablehlo.reshape"(%53) : (tensor<2x256x32xf32>) -> tensor<512x32xf32>
    %728 = "stablehlo.dot_general"(%726, %727) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<512x96xf32>, tensor<512x32xf32>) -> tensor<96x32xf32>
    %729 = "stablehlo.transpose"(%728) {permutation = array<i64: 1, 0>} : (tensor<96x32xf32>) -> tensor<32x96xf32>
    %730 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %731 = "stablehlo.reduce"(%725, %730) ({
    ^bb0(%732: tensor<f32>, %733: tensor<f32>):
        %734 = "stablehlo.add"(%732, %733) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%734) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %735 = "stablehlo.reshape"(%731) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %736 = "stablehlo.multiply"(%725, %50) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %737 = "stablehlo.multiply"(%725, %49) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %738 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %739 = "stablehlo.reduce"(%737, %738) ({
    ^bb0(%740: tensor<f32>, %741: tensor<f32>):
        %742 = "stablehlo.add"(%740, %741) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%742) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x32xf32>
    %743 = "stablehlo.reshape"(%739) : (tensor<2x32xf32>) -> tensor<2x1x32xf32>
    %744 = "stablehlo.multiply"(%736, %48) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %745 = "stablehlo.multiply"(%736, %44) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %746 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %747 = "stablehlo.reduce"(%745, %746) ({
    ^bb0(%748: tensor<f32>, %749: tensor<f32>):
        %750 = "stablehlo.add"(%748, %749) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%750) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %751 = "stablehlo.reshape"(%747) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %752 = "stablehlo.multiply"(%751, %47) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %753 = "stablehlo.multiply"(%752, %374) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %754 = "stablehlo.divide"(%753, %46) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %755 = "stablehlo.negate"(%744) : (tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %756 = "stablehlo.add"(%668, %744) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %757 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %758 = "stablehlo.reduce"(%755, %757) ({
    ^bb0(%759: tensor<f32>, %760: tensor<f32>):
        %761 = "stablehlo.add"(%759, %760) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%761) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<2x256xf32>
    %762 = "stablehlo.reshape"(%758) : (tensor<2x256xf32>) -> tensor<2x256x1xf32>
    %763 = "stablehlo.negate"(%754) : (tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %764 = "stablehlo.multiply"(%763, %32) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %765 = "stablehlo.add"(%762, %764) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %766 = "stablehlo.add"(%765, %764) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %767 = "stablehlo.divide"(%754, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %768 = "stablehlo.reshape"(%767) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %769 = "stablehlo.broadcast_in_dim"(%768) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %770 = "stablehlo.multiply"(%769, %18) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %771 = "stablehlo.add"(%756, %770) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %772 = "stablehlo.add"(%771, %770) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %773 = "stablehlo.divide"(%766, %31) : (tensor<2x256x1xf32>, tensor<2x256x1xf32>) -> tensor<2x256x1xf32>
    %774 = "stablehlo.reshape"(%773) : (tensor<2x256x1xf32>) -> tensor<2x256xf32>
    %775 = "stablehlo.broadcast_in_dim"(%774) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x256xf32>) -> tensor<2x256x32xf32>
    %776 = "stablehlo.add"(%772, %775) : (tensor<2x256x32xf32>, tensor<2x256x32xf32>) -> tensor<2x256x32xf32>
    %777 = "stablehlo.reshape"(%735) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %778 = "stablehlo.dot_general"(%777, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %779 = "stablehlo.transpose"(%778) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %780 = "stablehlo.reshape"(%743) : (tensor<2x1x32xf32>) -> tensor<2x32xf32>
    %781 = "stablehlo.dot_general"(%780, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<2x4xf32>) -> tensor<32x4xf32>
    %782 = "stablehlo.transpose"(%781) {permutation = array<i64: 1, 0>} : (tensor<32x4xf32>) -> tensor<4x32xf32>
    %783 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %784 = "stablehlo.reduce"(%776, %783) ({
    ^bb0(%785: tensor<f32>, %786: tensor<f32>):
        %787 = "stablehlo.add"(%785, %786) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%787) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x256x32xf32>, tensor<f32>) -> tensor<256x32xf32>
    %788 = "stablehlo.reshape"(%784) : (tensor<256x32xf32>) -> tensor<4x8x8x32xf32>
    %789 = "stablehlo.slice"(%788) {start_indices = array<i64: 0, 0, 0, 0>, limit_indices = array<i64: 4, 8, 8, 11>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x11xf32>
    %790 = "stablehlo.slice"(%788) {start_indices = array<i64: 0, 0, 0, 11>, limit_indices = array<i64: 4, 8, 8, 22>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x11xf32>
    %791 = "stablehlo.slice"(%788) {start_indices = array<i64: 0, 0, 0, 22>, limit_indices = array<i64: 4, 8, 8, 32>, strides = array<i64: 1, 1, 1, 1>} : (tensor<4x8x8x32xf32>) -> tensor<4x8x8x10xf32>
    %792 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %793 = "stablehlo.reduce"(%791, %792) ({
    ^bb0(%794: tensor<f32>, %795: tensor<f32>):
        %796 = "stablehlo.add"(%794, %795) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%796) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x8x8x10xf32>, tensor<f32>) -> tensor<8x10xf32>
    %797 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %798 = "stablehlo.reduce"(%790, %797) ({
    ^bb0(%799: tensor<f32>, %800: tensor<f32>):
        %801 = "stablehlo.add"(%799, %800) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%801) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 2>} : (tensor<4x8x8x11xf32>, tensor<f32>) -> tensor<8x11xf32>
    %802 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %803 = "stablehlo.reduce"(%789, %802) ({
    ^bb0(%804: tensor<f32>, %805: tensor<f32>):
        %806 = "stablehlo.add"(%804, %805) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%806) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1, 2>} : (tensor<4x8x8x11xf32>, tensor<f32>) -> tensor<4x11xf32>
    %807 = "stablehlo.slice"(%776) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 2, 1, 32>, strides = array<i64: 1, 1, 1>} : (tensor<2x256x32xf32>) -> tensor<2x1x32xf32>
    %808 = "stablehlo.slice"(%776) {start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 2, 256, 32>, strides = array<i64: 1, 1, 1>} : (tensor<2x256x32xf32>) -> tensor<2x255x32xf32>
    %809 = "stablehlo.pad"(%808, %501) {edge_padding_low = array<i64: 0, 0, 0>, edge_padding_high = array<i64: 0, 1, 0>, interior_padding = array<i64: 0, 0, 0>} : (tensor<2x255x32xf32>, tensor<f32>) -> tensor<2x256x32xf32>
    %810 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %811 = "stablehlo.reduce"(%807, %810) ({
    ^bb0(%812: tensor<f32>, %813: tensor<f32>):
        %814 = "stablehlo.add"(%812, %813) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%814) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<2x1x32xf32>, tensor<f32>) -> tensor<32xf32>
    %815 = "stablehlo.constant"() {value = dense<0> : tensor<2x256xi32>} : () -> tensor<2x256xi32>
    %816 = "stablehlo.constant"() {value = dense<31> : tensor<2x256xi32>} : () -> tensor<2x256xi32>
    %817 = "stablehlo.clamp"(%815, %7, %816) : (tensor<2x256xi32>, tensor<2x256xi32>, tensor<2x256xi32>) -> tensor<2x256xi32>
    %818 = "stablehlo.constant"() {value = dense<0.0> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %819 = "stablehlo.scatter"(%818, %817, %809) ({
    ^bb0(%820: tensor<f32>, %821: tensor<f32>):
        %822 = "stablehlo.add"(%820, %821) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%822) : (tensor<f32>) -> ()
    }) {indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [2], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 2>, unique_indices = false} : (tensor<32x32xf32>, tensor<2x256xi32>, tensor<2x256x32xf32>) -> tensor<32x32xf32>
    %823 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %824 = "stablehlo.reduce"(%819, %823) ({
    ^bb0(%825: tensor<f32>, %826: tensor<f32>):
        %827 = "stablehlo.add"(%825, %826) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%827) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32x32xf32>, tensor<f32>) -> tensor<32xf32>
    %828 = "stablehlo.dot_general"(%819, %arg3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<32x32xf32>, tensor<32x16xf32>) -> tensor<32x16xf32>
    %829 = "stablehlo.transpose"(%828) {permutation = array<i64: 1, 0>} : (tensor<32x16xf32>) -> tensor<16x32xf32>
    %830 = "stablehlo.multiply"(%829, %829) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %831 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %832 = "stablehlo.reduce"(%830, %831) ({
    ^bb0(%833: tensor<f32>, %834: tensor<f32>):
        %835 = "stablehlo.add"(%833, %834) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%835) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<16x32xf32>, tensor<f32>) -> tensor<f32>
    %836 = "stablehlo.multiply"(%824, %824) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %837 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %838 = "stablehlo.reduce"(%836, %837) ({
    ^bb0(%839: tensor<f32>, %840: tensor<f32>):
        %841 = "stablehlo.add"(%839, %840) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%841) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %842 = "stablehlo.add"(%832, %838) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %843 = "stablehlo.multiply"(%811, %811) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %844 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %845 = "stablehlo.reduce"(%843, %844) ({
    ^bb0(%846: tensor<f32>, %847: tensor<f32>):
        %848 = "stablehlo.add"(%846, %847) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%848) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %849 = "stablehlo.add"(%842, %845) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %850 = "stablehlo.multiply"(%803, %803) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %851 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %852 = "stablehlo.reduce"(%850, %851) ({
    ^bb0(%853: tensor<f32>, %854: tensor<f32>):
        %855 = "stablehlo.add"(%853, %854) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%855) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x11xf32>, tensor<f32>) -> tensor<f32>
    %856 = "stablehlo.add"(%849, %852) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %857 = "stablehlo.multiply"(%798, %798) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %858 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %859 = "stablehlo.reduce"(%857, %858) ({
    ^bb0(%860: tensor<f32>, %861: tensor<f32>):
        %862 = "stablehlo.add"(%860, %861) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%862) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<8x11xf32>, tensor<f32>) -> tensor<f32>
    %863 = "stablehlo.add"(%856, %859) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %864 = "stablehlo.multiply"(%793, %793) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %865 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %866 = "stablehlo.reduce"(%864, %865) ({
    ^bb0(%867: tensor<f32>, %868: tensor<f32>):
        %869 = "stablehlo.add"(%867, %868) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%869) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<8x10xf32>, tensor<f32>) -> tensor<f32>
    %870 = "stablehlo.add"(%863, %866) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %871 = "stablehlo.multiply"(%782, %782) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %872 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %873 = "stablehlo.reduce"(%871, %872) ({
    ^bb0(%874: tensor<f32>, %875: tensor<f32>):
        %876 = "stablehlo.add"(%874, %875) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%876) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %877 = "stablehlo.add"(%870, %873) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %878 = "stablehlo.multiply"(%779, %779) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %879 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %880 = "stablehlo.reduce"(%878, %879) ({
    ^bb0(%881: tensor<f32>, %882: tensor<f32>):
        %883 = "stablehlo.add"(%881, %882) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%883) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %884 = "stablehlo.add"(%877, %880) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %885 = "stablehlo.multiply"(%729, %729) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %886 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %887 = "stablehlo.reduce"(%885, %886) ({
    ^bb0(%888: tensor<f32>, %889: tensor<f32>):
        %890 = "stablehlo.add"(%888, %889) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%890) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x96xf32>, tensor<f32>) -> tensor<f32>
    %891 = "stablehlo.add"(%884, %887) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %892 = "stablehlo.multiply"(%721, %721) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %893 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %894 = "stablehlo.reduce"(%892, %893) ({
    ^bb0(%895: tensor<f32>, %896: tensor<f32>):
        %897 = "stablehlo.add"(%895, %896) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%897) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<96xf32>, tensor<f32>) -> tensor<f32>
    %898 = "stablehlo.add"(%891, %894) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %899 = "stablehlo.multiply"(%684, %684) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %900 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %901 = "stablehlo.reduce"(%899, %900) ({
    ^bb0(%902: tensor<f32>, %903: tensor<f32>):
        %904 = "stablehlo.add"(%902, %903) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%904) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x32xf32>, tensor<f32>) -> tensor<f32>
    %905 = "stablehlo.add"(%898, %901) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %906 = "stablehlo.multiply"(%676, %676) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %907 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %908 = "stablehlo.reduce"(%906, %907) ({
    ^bb0(%909: tensor<f32>, %910: tensor<f32>):
        %911 = "stablehlo.add"(%909, %910) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%911) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %912 = "stablehlo.add"(%905, %908) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %913 = "stablehlo.multiply"(%674, %674) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %914 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %915 = "stablehlo.reduce"(%913, %914) ({
    ^bb0(%916: tensor<f32>, %917: tensor<f32>):
        %918 = "stablehlo.add"(%916, %917) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%918) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %919 = "stablehlo.add"(%912, %915) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %920 = "stablehlo.multiply"(%671, %671) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %921 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %922 = "stablehlo.reduce"(%920, %921) ({
    ^bb0(%923: tensor<f32>, %924: tensor<f32>):
        %925 = "stablehlo.add"(%923, %924) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%925) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %926 = "stablehlo.add"(%919, %922) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %927 = "stablehlo.multiply"(%621, %621) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %928 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %929 = "stablehlo.reduce"(%927, %928) ({
    ^bb0(%930: tensor<f32>, %931: tensor<f32>):
        %932 = "stablehlo.add"(%930, %931) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%932) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x64xf32>, tensor<f32>) -> tensor<f32>
    %933 = "stablehlo.add"(%926, %929) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %934 = "stablehlo.multiply"(%613, %613) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %935 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %936 = "stablehlo.reduce"(%934, %935) ({
    ^bb0(%937: tensor<f32>, %938: tensor<f32>):
        %939 = "stablehlo.add"(%937, %938) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%939) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %940 = "stablehlo.add"(%933, %936) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %941 = "stablehlo.multiply"(%604, %604) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %942 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %943 = "stablehlo.reduce"(%941, %942) ({
    ^bb0(%944: tensor<f32>, %945: tensor<f32>):
        %946 = "stablehlo.add"(%944, %945) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%946) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x32xf32>, tensor<f32>) -> tensor<f32>
    %947 = "stablehlo.add"(%940, %943) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %948 = "stablehlo.multiply"(%596, %596) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %949 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %950 = "stablehlo.reduce"(%948, %949) ({
    ^bb0(%951: tensor<f32>, %952: tensor<f32>):
        %953 = "stablehlo.add"(%951, %952) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%953) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %954 = "stablehlo.add"(%947, %950) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %955 = "stablehlo.multiply"(%594, %594) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %956 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %957 = "stablehlo.reduce"(%955, %956) ({
    ^bb0(%958: tensor<f32>, %959: tensor<f32>):
        %960 = "stablehlo.add"(%958, %959) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%960) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %961 = "stablehlo.add"(%954, %957) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %962 = "stablehlo.multiply"(%591, %591) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %963 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %964 = "stablehlo.reduce"(%962, %963) ({
    ^bb0(%965: tensor<f32>, %966: tensor<f32>):
        %967 = "stablehlo.add"(%965, %966) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%967) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %968 = "stablehlo.add"(%961, %964) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %969 = "stablehlo.multiply"(%541, %541) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %970 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %971 = "stablehlo.reduce"(%969, %970) ({
    ^bb0(%972: tensor<f32>, %973: tensor<f32>):
        %974 = "stablehlo.add"(%972, %973) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%974) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x96xf32>, tensor<f32>) -> tensor<f32>
    %975 = "stablehlo.add"(%968, %971) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %976 = "stablehlo.multiply"(%533, %533) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %977 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %978 = "stablehlo.reduce"(%976, %977) ({
    ^bb0(%979: tensor<f32>, %980: tensor<f32>):
        %981 = "stablehlo.add"(%979, %980) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%981) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<96xf32>, tensor<f32>) -> tensor<f32>
    %982 = "stablehlo.add"(%975, %978) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %983 = "stablehlo.multiply"(%494, %494) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %984 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %985 = "stablehlo.reduce"(%983, %984) ({
    ^bb0(%986: tensor<f32>, %987: tensor<f32>):
        %988 = "stablehlo.add"(%986, %987) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%988) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x32xf32>, tensor<f32>) -> tensor<f32>
    %989 = "stablehlo.add"(%982, %985) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %990 = "stablehlo.multiply"(%486, %486) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %991 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %992 = "stablehlo.reduce"(%990, %991) ({
    ^bb0(%993: tensor<f32>, %994: tensor<f32>):
        %995 = "stablehlo.add"(%993, %994) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%995) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %996 = "stablehlo.add"(%989, %992) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %997 = "stablehlo.multiply"(%484, %484) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %998 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %999 = "stablehlo.reduce"(%997, %998) ({
    ^bb0(%1000: tensor<f32>, %1001: tensor<f32>):
        %1002 = "stablehlo.add"(%1000, %1001) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1002) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1003 = "stablehlo.add"(%996, %999) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1004 = "stablehlo.multiply"(%481, %481) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1005 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1006 = "stablehlo.reduce"(%1004, %1005) ({
    ^bb0(%1007: tensor<f32>, %1008: tensor<f32>):
        %1009 = "stablehlo.add"(%1007, %1008) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1009) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1010 = "stablehlo.add"(%1003, %1006) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1011 = "stablehlo.multiply"(%431, %431) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1012 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1013 = "stablehlo.reduce"(%1011, %1012) ({
    ^bb0(%1014: tensor<f32>, %1015: tensor<f32>):
        %1016 = "stablehlo.add"(%1014, %1015) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1016) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x64xf32>, tensor<f32>) -> tensor<f32>
    %1017 = "stablehlo.add"(%1010, %1013) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1018 = "stablehlo.multiply"(%423, %423) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1019 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1020 = "stablehlo.reduce"(%1018, %1019) ({
    ^bb0(%1021: tensor<f32>, %1022: tensor<f32>):
        %1023 = "stablehlo.add"(%1021, %1022) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1023) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<64xf32>, tensor<f32>) -> tensor<f32>
    %1024 = "stablehlo.add"(%1017, %1020) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1025 = "stablehlo.multiply"(%413, %413) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1026 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1027 = "stablehlo.reduce"(%1025, %1026) ({
    ^bb0(%1028: tensor<f32>, %1029: tensor<f32>):
        %1030 = "stablehlo.add"(%1028, %1029) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1030) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<64x32xf32>, tensor<f32>) -> tensor<f32>
    %1031 = "stablehlo.add"(%1024, %1027) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1032 = "stablehlo.multiply"(%405, %405) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1033 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1034 = "stablehlo.reduce"(%1032, %1033) ({
    ^bb0(%1035: tensor<f32>, %1036: tensor<f32>):
        %1037 = "stablehlo.add"(%1035, %1036) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1037) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %1038 = "stablehlo.add"(%1031, %1034) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1039 = "stablehlo.multiply"(%403, %403) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1040 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1041 = "stablehlo.reduce"(%1039, %1040) ({
    ^bb0(%1042: tensor<f32>, %1043: tensor<f32>):
        %1044 = "stablehlo.add"(%1042, %1043) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1044) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1045 = "stablehlo.add"(%1038, %1041) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1046 = "stablehlo.multiply"(%400, %400) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1047 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1048 = "stablehlo.reduce"(%1046, %1047) ({
    ^bb0(%1049: tensor<f32>, %1050: tensor<f32>):
        %1051 = "stablehlo.add"(%1049, %1050) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1051) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %1052 = "stablehlo.add"(%1045, %1048) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1053 = "stablehlo.multiply"(%350, %350) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1054 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1055 = "stablehlo.reduce"(%1053, %1054) ({
    ^bb0(%1056: tensor<f32>, %1057: tensor<f32>):
        %1058 = "stablehlo.add"(%1056, %1057) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1058) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x32xf32>, tensor<f32>) -> tensor<f32>
    %1059 = "stablehlo.add"(%1052, %1055) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1060 = "stablehlo.multiply"(%342, %342) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1061 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1062 = "stablehlo.reduce"(%1060, %1061) ({
    ^bb0(%1063: tensor<f32>, %1064: tensor<f32>):
        %1065 = "stablehlo.add"(%1063, %1064) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1065) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %1066 = "stablehlo.add"(%1059, %1062) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1067 = "stablehlo.sqrt"(%1066) : (tensor<f32>) -> tensor<f32>
    %1068 = "stablehlo.convert"(%arg38) : (tensor<i32>) -> tensor<f32>
    %1069 = "stablehlo.constant"() {value = dense<20.0> : tensor<f32>} : () -> tensor<f32>
    %1070 = "stablehlo.minimum"(%1068, %1069) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1071 = "stablehlo.constant"() {value = dense<0x3851B717> : tensor<f32>} : () -> tensor<f32>
    %1072 = "stablehlo.multiply"(%1070, %1071) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1073 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
    %1074 = "stablehlo.add"(%arg38, %1073) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %1075 = "stablehlo.convert"(%1074) : (tensor<i32>) -> tensor<f32>
    %1076 = "stablehlo.constant"() {value = dense<0.9> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1077 = "stablehlo.multiply"(%arg39, %1076) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1078 = "stablehlo.constant"() {value = dense<0.1> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1079 = "stablehlo.multiply"(%829, %1078) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1080 = "stablehlo.add"(%1077, %1079) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1081 = "stablehlo.constant"() {value = dense<0.999> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1082 = "stablehlo.multiply"(%arg73, %1081) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1083 = "stablehlo.constant"() {value = dense<0.001> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1084 = "stablehlo.multiply"(%830, %1083) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1085 = "stablehlo.add"(%1082, %1084) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1086 = "stablehlo.constant"() {value = dense<0.9> : tensor<f32>} : () -> tensor<f32>
    %1087 = "stablehlo.power"(%1086, %1075) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1088 = "stablehlo.subtract"(%329, %1087) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1089 = "stablehlo.constant"() {value = dense<0.999> : tensor<f32>} : () -> tensor<f32>
    %1090 = "stablehlo.power"(%1089, %1075) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1091 = "stablehlo.subtract"(%329, %1090) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1092 = "stablehlo.broadcast_in_dim"(%1088) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16x32xf32>
    %1093 = "stablehlo.divide"(%1080, %1092) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1094 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16x32xf32>
    %1095 = "stablehlo.divide"(%1085, %1094) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1096 = "stablehlo.sqrt"(%1095) : (tensor<16x32xf32>) -> tensor<16x32xf32>
    %1097 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1098 = "stablehlo.add"(%1096, %1097) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1099 = "stablehlo.divide"(%1093, %1098) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1100 = "stablehlo.constant"() {value = dense<0.0001> : tensor<16x32xf32>} : () -> tensor<16x32xf32>
    %1101 = "stablehlo.multiply"(%arg4, %1100) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1102 = "stablehlo.add"(%1099, %1101) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1103 = "stablehlo.broadcast_in_dim"(%1072) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16x32xf32>
    %1104 = "stablehlo.multiply"(%1102, %1103) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1105 = "stablehlo.subtract"(%arg4, %1104) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1106 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %1107 = "stablehlo.compare"(%arg38, %1106) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %1108 = "stablehlo.constant"() {value = dense<0.99> : tensor<f32>} : () -> tensor<f32>
    %1109 = "stablehlo.select"(%1107, %501, %1108) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %1110 = "stablehlo.subtract"(%329, %1109) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1111 = "stablehlo.broadcast_in_dim"(%1109) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16x32xf32>
    %1112 = "stablehlo.multiply"(%arg107, %1111) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1113 = "stablehlo.broadcast_in_dim"(%1110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<16x32xf32>
    %1114 = "stablehlo.multiply"(%1105, %1113) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1115 = "stablehlo.add"(%1112, %1114) : (tensor<16x32xf32>, tensor<16x32xf32>) -> tensor<16x32xf32>
    %1116 = "stablehlo.constant"() {value = dense<0.9> : tensor<32xf32>} : () -> tensor<32xf32>
    %1117 = "stablehlo.multiply"(%arg40, %1116) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1118 = "stablehlo.constant"() {value = dense<0.1> : tensor<32xf32>} : () -> tensor<32xf32>
    %1119 = "stablehlo.multiply"(%824, %1118) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1120 = "stablehlo.add"(%1117, %1119) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1121 = "stablehlo.constant"() {value = dense<0.999> : tensor<32xf32>} : () -> tensor<32xf32>
    %1122 = "stablehlo.multiply"(%arg74, %1121) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1123 = "stablehlo.constant"() {value = dense<0.001> : tensor<32xf32>} : () -> tensor<32xf32>
    %1124 = "stablehlo.multiply"(%836, %1123) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1125 = "stablehlo.add"(%1122, %1124) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1126 = "stablehlo.broadcast_in_dim"(%1088) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %1127 = "stablehlo.divide"(%1120, %1126) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1128 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %1129 = "stablehlo.divide"(%1125, %1128) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1130 = "stablehlo.sqrt"(%1129) : (tensor<32xf32>) -> tensor<32xf32>
    %1131 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<32xf32>} : () -> tensor<32xf32>
    %1132 = "stablehlo.add"(%1130, %1131) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1133 = "stablehlo.divide"(%1127, %1132) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1134 = "stablehlo.constant"() {value = dense<0.0001> : tensor<32xf32>} : () -> tensor<32xf32>
    %1135 = "stablehlo.multiply"(%arg5, %1134) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1136 = "stablehlo.add"(%1133, %1135) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1137 = "stablehlo.broadcast_in_dim"(%1072) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %1138 = "stablehlo.multiply"(%1136, %1137) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1139 = "stablehlo.subtract"(%arg5, %1138) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1140 = "stablehlo.broadcast_in_dim"(%1109) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %1141 = "stablehlo.multiply"(%arg108, %1140) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1142 = "stablehlo.broadcast_in_dim"(%1110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %1143 = "stablehlo.multiply"(%1139, %1142) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1144 = "stablehlo.add"(%1141, %1143) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1145 = "stablehlo.multiply"(%arg41, %1116) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1146 = "stablehlo.multiply"(%811, %1118) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1147 = "stablehlo.add"(%1145, %1146) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1148 = "stablehlo.multiply"(%arg75, %1121) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1149 = "stablehlo.multiply"(%843, %1123) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1150 = "stablehlo.add"(%1148, %1149) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1151 = "stablehlo.divide"(%1147, %1126) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1152 = "stablehlo.divide"(%1150, %1128) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1153 = "stablehlo.sqrt"(%1152) : (tensor<32xf32>) -> tensor<32xf32>
    %1154 = "stablehlo.add"(%1153, %1131) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1155 = "stablehlo.divide"(%1151, %1154) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1156 = "stablehlo.multiply"(%arg6, %1134) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1157 = "stablehlo.add"(%1155, %1156) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1158 = "stablehlo.multiply"(%1157, %1137) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1159 = "stablehlo.subtract"(%arg6, %1158) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1160 = "stablehlo.multiply"(%arg109, %1140) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1161 = "stablehlo.multiply"(%1159, %1142) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1162 = "stablehlo.add"(%1160, %1161) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1163 = "stablehlo.constant"() {value = dense<0.9> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1164 = "stablehlo.multiply"(%arg42, %1163) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1165 = "stablehlo.constant"() {value = dense<0.1> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1166 = "stablehlo.multiply"(%803, %1165) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1167 = "stablehlo.add"(%1164, %1166) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1168 = "stablehlo.constant"() {value = dense<0.999> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1169 = "stablehlo.multiply"(%arg76, %1168) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1170 = "stablehlo.constant"() {value = dense<0.001> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1171 = "stablehlo.multiply"(%850, %1170) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1172 = "stablehlo.add"(%1169, %1171) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1173 = "stablehlo.broadcast_in_dim"(%1088) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x11xf32>
    %1174 = "stablehlo.divide"(%1167, %1173) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1175 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x11xf32>
    %1176 = "stablehlo.divide"(%1172, %1175) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1177 = "stablehlo.sqrt"(%1176) : (tensor<4x11xf32>) -> tensor<4x11xf32>
    %1178 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1179 = "stablehlo.add"(%1177, %1178) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1180 = "stablehlo.divide"(%1174, %1179) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1181 = "stablehlo.constant"() {value = dense<0.0001> : tensor<4x11xf32>} : () -> tensor<4x11xf32>
    %1182 = "stablehlo.multiply"(%arg7, %1181) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1183 = "stablehlo.add"(%1180, %1182) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1184 = "stablehlo.broadcast_in_dim"(%1072) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x11xf32>
    %1185 = "stablehlo.multiply"(%1183, %1184) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1186 = "stablehlo.subtract"(%arg7, %1185) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1187 = "stablehlo.broadcast_in_dim"(%1109) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x11xf32>
    %1188 = "stablehlo.multiply"(%arg110, %1187) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1189 = "stablehlo.broadcast_in_dim"(%1110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x11xf32>
    %1190 = "stablehlo.multiply"(%1186, %1189) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1191 = "stablehlo.add"(%1188, %1190) : (tensor<4x11xf32>, tensor<4x11xf32>) -> tensor<4x11xf32>
    %1192 = "stablehlo.constant"() {value = dense<0.9> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1193 = "stablehlo.multiply"(%arg43, %1192) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1194 = "stablehlo.constant"() {value = dense<0.1> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1195 = "stablehlo.multiply"(%798, %1194) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1196 = "stablehlo.add"(%1193, %1195) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1197 = "stablehlo.constant"() {value = dense<0.999> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1198 = "stablehlo.multiply"(%arg77, %1197) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1199 = "stablehlo.constant"() {value = dense<0.001> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1200 = "stablehlo.multiply"(%857, %1199) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1201 = "stablehlo.add"(%1198, %1200) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1202 = "stablehlo.broadcast_in_dim"(%1088) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x11xf32>
    %1203 = "stablehlo.divide"(%1196, %1202) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1204 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x11xf32>
    %1205 = "stablehlo.divide"(%1201, %1204) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1206 = "stablehlo.sqrt"(%1205) : (tensor<8x11xf32>) -> tensor<8x11xf32>
    %1207 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1208 = "stablehlo.add"(%1206, %1207) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1209 = "stablehlo.divide"(%1203, %1208) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1210 = "stablehlo.constant"() {value = dense<0.0001> : tensor<8x11xf32>} : () -> tensor<8x11xf32>
    %1211 = "stablehlo.multiply"(%arg8, %1210) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1212 = "stablehlo.add"(%1209, %1211) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1213 = "stablehlo.broadcast_in_dim"(%1072) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x11xf32>
    %1214 = "stablehlo.multiply"(%1212, %1213) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1215 = "stablehlo.subtract"(%arg8, %1214) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1216 = "stablehlo.broadcast_in_dim"(%1109) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x11xf32>
    %1217 = "stablehlo.multiply"(%arg111, %1216) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1218 = "stablehlo.broadcast_in_dim"(%1110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x11xf32>
    %1219 = "stablehlo.multiply"(%1215, %1218) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1220 = "stablehlo.add"(%1217, %1219) : (tensor<8x11xf32>, tensor<8x11xf32>) -> tensor<8x11xf32>
    %1221 = "stablehlo.constant"() {value = dense<0.9> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1222 = "stablehlo.multiply"(%arg44, %1221) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1223 = "stablehlo.constant"() {value = dense<0.1> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1224 = "stablehlo.multiply"(%793, %1223) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1225 = "stablehlo.add"(%1222, %1224) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1226 = "stablehlo.constant"() {value = dense<0.999> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1227 = "stablehlo.multiply"(%arg78, %1226) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1228 = "stablehlo.constant"() {value = dense<0.001> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1229 = "stablehlo.multiply"(%864, %1228) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1230 = "stablehlo.add"(%1227, %1229) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1231 = "stablehlo.broadcast_in_dim"(%1088) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x10xf32>
    %1232 = "stablehlo.divide"(%1225, %1231) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1233 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x10xf32>
    %1234 = "stablehlo.divide"(%1230, %1233) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1235 = "stablehlo.sqrt"(%1234) : (tensor<8x10xf32>) -> tensor<8x10xf32>
    %1236 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1237 = "stablehlo.add"(%1235, %1236) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1238 = "stablehlo.divide"(%1232, %1237) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1239 = "stablehlo.constant"() {value = dense<0.0001> : tensor<8x10xf32>} : () -> tensor<8x10xf32>
    %1240 = "stablehlo.multiply"(%arg9, %1239) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1241 = "stablehlo.add"(%1238, %1240) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1242 = "stablehlo.broadcast_in_dim"(%1072) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x10xf32>
    %1243 = "stablehlo.multiply"(%1241, %1242) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1244 = "stablehlo.subtract"(%arg9, %1243) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1245 = "stablehlo.broadcast_in_dim"(%1109) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x10xf32>
    %1246 = "stablehlo.multiply"(%arg112, %1245) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1247 = "stablehlo.broadcast_in_dim"(%1110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x10xf32>
    %1248 = "stablehlo.multiply"(%1244, %1247) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1249 = "stablehlo.add"(%1246, %1248) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
    %1250 = "stablehlo.constant"() {value = dense<0.9> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1251 = "stablehlo.multiply"(%arg45, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1252 = "stablehlo.constant"() {value = dense<0.1> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1253 = "stablehlo.multiply"(%782, %1252) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1254 = "stablehlo.add"(%1251, %1253) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1255 = "stablehlo.constant"() {value = dense<0.999> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1256 = "stablehlo.multiply"(%arg79, %1255) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1257 = "stablehlo.constant"() {value = dense<0.001> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1258 = "stablehlo.multiply"(%871, %1257) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1259 = "stablehlo.add"(%1256, %1258) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1260 = "stablehlo.broadcast_in_dim"(%1088) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %1261 = "stablehlo.divide"(%1254, %1260) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1262 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %1263 = "stablehlo.divide"(%1259, %1262) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1264 = "stablehlo.sqrt"(%1263) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1265 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1266 = "stablehlo.add"(%1264, %1265) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1267 = "stablehlo.divide"(%1261, %1266) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1268 = "stablehlo.constant"() {value = dense<0.0001> : tensor<4x32xf32>} : () -> tensor<4x32xf32>
    %1269 = "stablehlo.multiply"(%arg10, %1268) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1270 = "stablehlo.add"(%1267, %1269) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1271 = "stablehlo.broadcast_in_dim"(%1072) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %1272 = "stablehlo.multiply"(%1270, %1271) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1273 = "stablehlo.subtract"(%arg10, %1272) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1274 = "stablehlo.broadcast_in_dim"(%1109) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %1275 = "stablehlo.multiply"(%arg113, %1274) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1276 = "stablehlo.broadcast_in_dim"(%1110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %1277 = "stablehlo.multiply"(%1273, %1276) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1278 = "stablehlo.add"(%1275, %1277) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1279 = "stablehlo.multiply"(%arg46, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1280 = "stablehlo.multiply"(%779, %1252) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1281 = "stablehlo.add"(%1279, %1280) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1282 = "stablehlo.multiply"(%arg80, %1255) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1283 = "stablehlo.multiply"(%878, %1257) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1284 = "stablehlo.add"(%1282, %1283) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1285 = "stablehlo.divide"(%1281, %1260) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1286 = "stablehlo.divide"(%1284, %1262) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1287 = "stablehlo.sqrt"(%1286) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1288 = "stablehlo.add"(%1287, %1265) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1289 = "stablehlo.divide"(%1285, %1288) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1290 = "stablehlo.multiply"(%arg11, %1268) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1291 = "stablehlo.add"(%1289, %1290) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1292 = "stablehlo.multiply"(%1291, %1271) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1293 = "stablehlo.subtract"(%arg11, %1292) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1294 = "stablehlo.multiply"(%arg114, %1274) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1295 = "stablehlo.multiply"(%1293, %1276) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1296 = "stablehlo.add"(%1294, %1295) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1297 = "stablehlo.constant"() {value = dense<0.9> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1298 = "stablehlo.multiply"(%arg47, %1297) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1299 = "stablehlo.constant"() {value = dense<0.1> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1300 = "stablehlo.multiply"(%729, %1299) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1301 = "stablehlo.add"(%1298, %1300) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1302 = "stablehlo.constant"() {value = dense<0.999> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1303 = "stablehlo.multiply"(%arg81, %1302) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1304 = "stablehlo.constant"() {value = dense<0.001> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1305 = "stablehlo.multiply"(%885, %1304) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1306 = "stablehlo.add"(%1303, %1305) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1307 = "stablehlo.broadcast_in_dim"(%1088) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x96xf32>
    %1308 = "stablehlo.divide"(%1301, %1307) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1309 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x96xf32>
    %1310 = "stablehlo.divide"(%1306, %1309) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1311 = "stablehlo.sqrt"(%1310) : (tensor<32x96xf32>) -> tensor<32x96xf32>
    %1312 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1313 = "stablehlo.add"(%1311, %1312) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1314 = "stablehlo.divide"(%1308, %1313) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1315 = "stablehlo.constant"() {value = dense<0.0001> : tensor<32x96xf32>} : () -> tensor<32x96xf32>
    %1316 = "stablehlo.multiply"(%arg12, %1315) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1317 = "stablehlo.add"(%1314, %1316) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1318 = "stablehlo.broadcast_in_dim"(%1072) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x96xf32>
    %1319 = "stablehlo.multiply"(%1317, %1318) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1320 = "stablehlo.subtract"(%arg12, %1319) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1321 = "stablehlo.broadcast_in_dim"(%1109) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x96xf32>
    %1322 = "stablehlo.multiply"(%arg115, %1321) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1323 = "stablehlo.broadcast_in_dim"(%1110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x96xf32>
    %1324 = "stablehlo.multiply"(%1320, %1323) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1325 = "stablehlo.add"(%1322, %1324) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1326 = "stablehlo.constant"() {value = dense<0.9> : tensor<96xf32>} : () -> tensor<96xf32>
    %1327 = "stablehlo.multiply"(%arg48, %1326) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1328 = "stablehlo.constant"() {value = dense<0.1> : tensor<96xf32>} : () -> tensor<96xf32>
    %1329 = "stablehlo.multiply"(%721, %1328) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1330 = "stablehlo.add"(%1327, %1329) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1331 = "stablehlo.constant"() {value = dense<0.999> : tensor<96xf32>} : () -> tensor<96xf32>
    %1332 = "stablehlo.multiply"(%arg82, %1331) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1333 = "stablehlo.constant"() {value = dense<0.001> : tensor<96xf32>} : () -> tensor<96xf32>
    %1334 = "stablehlo.multiply"(%892, %1333) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1335 = "stablehlo.add"(%1332, %1334) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1336 = "stablehlo.broadcast_in_dim"(%1088) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %1337 = "stablehlo.divide"(%1330, %1336) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1338 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %1339 = "stablehlo.divide"(%1335, %1338) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1340 = "stablehlo.sqrt"(%1339) : (tensor<96xf32>) -> tensor<96xf32>
    %1341 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<96xf32>} : () -> tensor<96xf32>
    %1342 = "stablehlo.add"(%1340, %1341) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1343 = "stablehlo.divide"(%1337, %1342) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1344 = "stablehlo.constant"() {value = dense<0.0001> : tensor<96xf32>} : () -> tensor<96xf32>
    %1345 = "stablehlo.multiply"(%arg13, %1344) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1346 = "stablehlo.add"(%1343, %1345) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1347 = "stablehlo.broadcast_in_dim"(%1072) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %1348 = "stablehlo.multiply"(%1346, %1347) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1349 = "stablehlo.subtract"(%arg13, %1348) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1350 = "stablehlo.broadcast_in_dim"(%1109) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %1351 = "stablehlo.multiply"(%arg116, %1350) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1352 = "stablehlo.broadcast_in_dim"(%1110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<96xf32>
    %1353 = "stablehlo.multiply"(%1349, %1352) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1354 = "stablehlo.add"(%1351, %1353) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1355 = "stablehlo.constant"() {value = dense<0.9> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1356 = "stablehlo.multiply"(%arg49, %1355) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1357 = "stablehlo.constant"() {value = dense<0.1> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1358 = "stablehlo.multiply"(%684, %1357) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1359 = "stablehlo.add"(%1356, %1358) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1360 = "stablehlo.constant"() {value = dense<0.999> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1361 = "stablehlo.multiply"(%arg83, %1360) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1362 = "stablehlo.constant"() {value = dense<0.001> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1363 = "stablehlo.multiply"(%899, %1362) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1364 = "stablehlo.add"(%1361, %1363) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1365 = "stablehlo.broadcast_in_dim"(%1088) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x32xf32>
    %1366 = "stablehlo.divide"(%1359, %1365) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1367 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x32xf32>
    %1368 = "stablehlo.divide"(%1364, %1367) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1369 = "stablehlo.sqrt"(%1368) : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %1370 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1371 = "stablehlo.add"(%1369, %1370) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1372 = "stablehlo.divide"(%1366, %1371) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1373 = "stablehlo.constant"() {value = dense<0.0001> : tensor<32x32xf32>} : () -> tensor<32x32xf32>
    %1374 = "stablehlo.multiply"(%arg14, %1373) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1375 = "stablehlo.add"(%1372, %1374) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1376 = "stablehlo.broadcast_in_dim"(%1072) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x32xf32>
    %1377 = "stablehlo.multiply"(%1375, %1376) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1378 = "stablehlo.subtract"(%arg14, %1377) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1379 = "stablehlo.broadcast_in_dim"(%1109) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x32xf32>
    %1380 = "stablehlo.multiply"(%arg117, %1379) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1381 = "stablehlo.broadcast_in_dim"(%1110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x32xf32>
    %1382 = "stablehlo.multiply"(%1378, %1381) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1383 = "stablehlo.add"(%1380, %1382) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1384 = "stablehlo.multiply"(%arg50, %1116) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1385 = "stablehlo.multiply"(%676, %1118) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1386 = "stablehlo.add"(%1384, %1385) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1387 = "stablehlo.multiply"(%arg84, %1121) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1388 = "stablehlo.multiply"(%906, %1123) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1389 = "stablehlo.add"(%1387, %1388) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1390 = "stablehlo.divide"(%1386, %1126) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1391 = "stablehlo.divide"(%1389, %1128) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1392 = "stablehlo.sqrt"(%1391) : (tensor<32xf32>) -> tensor<32xf32>
    %1393 = "stablehlo.add"(%1392, %1131) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1394 = "stablehlo.divide"(%1390, %1393) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1395 = "stablehlo.multiply"(%arg15, %1134) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1396 = "stablehlo.add"(%1394, %1395) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1397 = "stablehlo.multiply"(%1396, %1137) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1398 = "stablehlo.subtract"(%arg15, %1397) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1399 = "stablehlo.multiply"(%arg118, %1140) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1400 = "stablehlo.multiply"(%1398, %1142) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1401 = "stablehlo.add"(%1399, %1400) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1402 = "stablehlo.multiply"(%arg51, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1403 = "stablehlo.multiply"(%674, %1252) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1404 = "stablehlo.add"(%1402, %1403) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1405 = "stablehlo.multiply"(%arg85, %1255) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1406 = "stablehlo.multiply"(%913, %1257) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1407 = "stablehlo.add"(%1405, %1406) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1408 = "stablehlo.divide"(%1404, %1260) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1409 = "stablehlo.divide"(%1407, %1262) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1410 = "stablehlo.sqrt"(%1409) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1411 = "stablehlo.add"(%1410, %1265) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1412 = "stablehlo.divide"(%1408, %1411) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1413 = "stablehlo.multiply"(%arg16, %1268) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1414 = "stablehlo.add"(%1412, %1413) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1415 = "stablehlo.multiply"(%1414, %1271) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1416 = "stablehlo.subtract"(%arg16, %1415) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1417 = "stablehlo.multiply"(%arg119, %1274) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1418 = "stablehlo.multiply"(%1416, %1276) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1419 = "stablehlo.add"(%1417, %1418) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1420 = "stablehlo.multiply"(%arg52, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1421 = "stablehlo.multiply"(%671, %1252) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1422 = "stablehlo.add"(%1420, %1421) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1423 = "stablehlo.multiply"(%arg86, %1255) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1424 = "stablehlo.multiply"(%920, %1257) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1425 = "stablehlo.add"(%1423, %1424) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1426 = "stablehlo.divide"(%1422, %1260) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1427 = "stablehlo.divide"(%1425, %1262) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1428 = "stablehlo.sqrt"(%1427) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1429 = "stablehlo.add"(%1428, %1265) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1430 = "stablehlo.divide"(%1426, %1429) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1431 = "stablehlo.multiply"(%arg17, %1268) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1432 = "stablehlo.add"(%1430, %1431) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1433 = "stablehlo.multiply"(%1432, %1271) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1434 = "stablehlo.subtract"(%arg17, %1433) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1435 = "stablehlo.multiply"(%arg120, %1274) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1436 = "stablehlo.multiply"(%1434, %1276) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1437 = "stablehlo.add"(%1435, %1436) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1438 = "stablehlo.constant"() {value = dense<0.9> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1439 = "stablehlo.multiply"(%arg53, %1438) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1440 = "stablehlo.constant"() {value = dense<0.1> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1441 = "stablehlo.multiply"(%621, %1440) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1442 = "stablehlo.add"(%1439, %1441) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1443 = "stablehlo.constant"() {value = dense<0.999> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1444 = "stablehlo.multiply"(%arg87, %1443) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1445 = "stablehlo.constant"() {value = dense<0.001> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1446 = "stablehlo.multiply"(%927, %1445) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1447 = "stablehlo.add"(%1444, %1446) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1448 = "stablehlo.broadcast_in_dim"(%1088) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x64xf32>
    %1449 = "stablehlo.divide"(%1442, %1448) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1450 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x64xf32>
    %1451 = "stablehlo.divide"(%1447, %1450) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1452 = "stablehlo.sqrt"(%1451) : (tensor<32x64xf32>) -> tensor<32x64xf32>
    %1453 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1454 = "stablehlo.add"(%1452, %1453) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1455 = "stablehlo.divide"(%1449, %1454) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1456 = "stablehlo.constant"() {value = dense<0.0001> : tensor<32x64xf32>} : () -> tensor<32x64xf32>
    %1457 = "stablehlo.multiply"(%arg18, %1456) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1458 = "stablehlo.add"(%1455, %1457) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1459 = "stablehlo.broadcast_in_dim"(%1072) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x64xf32>
    %1460 = "stablehlo.multiply"(%1458, %1459) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1461 = "stablehlo.subtract"(%arg18, %1460) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1462 = "stablehlo.broadcast_in_dim"(%1109) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x64xf32>
    %1463 = "stablehlo.multiply"(%arg121, %1462) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1464 = "stablehlo.broadcast_in_dim"(%1110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x64xf32>
    %1465 = "stablehlo.multiply"(%1461, %1464) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1466 = "stablehlo.add"(%1463, %1465) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1467 = "stablehlo.constant"() {value = dense<0.9> : tensor<64xf32>} : () -> tensor<64xf32>
    %1468 = "stablehlo.multiply"(%arg54, %1467) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1469 = "stablehlo.constant"() {value = dense<0.1> : tensor<64xf32>} : () -> tensor<64xf32>
    %1470 = "stablehlo.multiply"(%613, %1469) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1471 = "stablehlo.add"(%1468, %1470) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1472 = "stablehlo.constant"() {value = dense<0.999> : tensor<64xf32>} : () -> tensor<64xf32>
    %1473 = "stablehlo.multiply"(%arg88, %1472) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1474 = "stablehlo.constant"() {value = dense<0.001> : tensor<64xf32>} : () -> tensor<64xf32>
    %1475 = "stablehlo.multiply"(%934, %1474) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1476 = "stablehlo.add"(%1473, %1475) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1477 = "stablehlo.broadcast_in_dim"(%1088) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1478 = "stablehlo.divide"(%1471, %1477) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1479 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1480 = "stablehlo.divide"(%1476, %1479) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1481 = "stablehlo.sqrt"(%1480) : (tensor<64xf32>) -> tensor<64xf32>
    %1482 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<64xf32>} : () -> tensor<64xf32>
    %1483 = "stablehlo.add"(%1481, %1482) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1484 = "stablehlo.divide"(%1478, %1483) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1485 = "stablehlo.constant"() {value = dense<0.0001> : tensor<64xf32>} : () -> tensor<64xf32>
    %1486 = "stablehlo.multiply"(%arg19, %1485) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1487 = "stablehlo.add"(%1484, %1486) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1488 = "stablehlo.broadcast_in_dim"(%1072) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1489 = "stablehlo.multiply"(%1487, %1488) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1490 = "stablehlo.subtract"(%arg19, %1489) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1491 = "stablehlo.broadcast_in_dim"(%1109) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1492 = "stablehlo.multiply"(%arg122, %1491) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1493 = "stablehlo.broadcast_in_dim"(%1110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64xf32>
    %1494 = "stablehlo.multiply"(%1490, %1493) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1495 = "stablehlo.add"(%1492, %1494) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1496 = "stablehlo.constant"() {value = dense<0.9> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1497 = "stablehlo.multiply"(%arg55, %1496) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1498 = "stablehlo.constant"() {value = dense<0.1> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1499 = "stablehlo.multiply"(%604, %1498) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1500 = "stablehlo.add"(%1497, %1499) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1501 = "stablehlo.constant"() {value = dense<0.999> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1502 = "stablehlo.multiply"(%arg89, %1501) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1503 = "stablehlo.constant"() {value = dense<0.001> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1504 = "stablehlo.multiply"(%941, %1503) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1505 = "stablehlo.add"(%1502, %1504) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1506 = "stablehlo.broadcast_in_dim"(%1088) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x32xf32>
    %1507 = "stablehlo.divide"(%1500, %1506) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1508 = "stablehlo.broadcast_in_dim"(%1091) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x32xf32>
    %1509 = "stablehlo.divide"(%1505, %1508) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1510 = "stablehlo.sqrt"(%1509) : (tensor<64x32xf32>) -> tensor<64x32xf32>
    %1511 = "stablehlo.constant"() {value = dense<0x322BCC77> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1512 = "stablehlo.add"(%1510, %1511) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1513 = "stablehlo.divide"(%1507, %1512) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1514 = "stablehlo.constant"() {value = dense<0.0001> : tensor<64x32xf32>} : () -> tensor<64x32xf32>
    %1515 = "stablehlo.multiply"(%arg20, %1514) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1516 = "stablehlo.add"(%1513, %1515) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1517 = "stablehlo.broadcast_in_dim"(%1072) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x32xf32>
    %1518 = "stablehlo.multiply"(%1516, %1517) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1519 = "stablehlo.subtract"(%arg20, %1518) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1520 = "stablehlo.broadcast_in_dim"(%1109) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x32xf32>
    %1521 = "stablehlo.multiply"(%arg123, %1520) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1522 = "stablehlo.broadcast_in_dim"(%1110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<64x32xf32>
    %1523 = "stablehlo.multiply"(%1519, %1522) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1524 = "stablehlo.add"(%1521, %1523) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1525 = "stablehlo.multiply"(%arg56, %1116) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1526 = "stablehlo.multiply"(%596, %1118) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1527 = "stablehlo.add"(%1525, %1526) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1528 = "stablehlo.multiply"(%arg90, %1121) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1529 = "stablehlo.multiply"(%948, %1123) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1530 = "stablehlo.add"(%1528, %1529) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1531 = "stablehlo.divide"(%1527, %1126) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1532 = "stablehlo.divide"(%1530, %1128) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1533 = "stablehlo.sqrt"(%1532) : (tensor<32xf32>) -> tensor<32xf32>
    %1534 = "stablehlo.add"(%1533, %1131) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1535 = "stablehlo.divide"(%1531, %1534) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1536 = "stablehlo.multiply"(%arg21, %1134) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1537 = "stablehlo.add"(%1535, %1536) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1538 = "stablehlo.multiply"(%1537, %1137) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1539 = "stablehlo.subtract"(%arg21, %1538) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1540 = "stablehlo.multiply"(%arg124, %1140) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1541 = "stablehlo.multiply"(%1539, %1142) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1542 = "stablehlo.add"(%1540, %1541) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1543 = "stablehlo.multiply"(%arg57, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1544 = "stablehlo.multiply"(%594, %1252) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1545 = "stablehlo.add"(%1543, %1544) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1546 = "stablehlo.multiply"(%arg91, %1255) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1547 = "stablehlo.multiply"(%955, %1257) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1548 = "stablehlo.add"(%1546, %1547) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1549 = "stablehlo.divide"(%1545, %1260) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1550 = "stablehlo.divide"(%1548, %1262) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1551 = "stablehlo.sqrt"(%1550) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1552 = "stablehlo.add"(%1551, %1265) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1553 = "stablehlo.divide"(%1549, %1552) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1554 = "stablehlo.multiply"(%arg22, %1268) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1555 = "stablehlo.add"(%1553, %1554) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1556 = "stablehlo.multiply"(%1555, %1271) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1557 = "stablehlo.subtract"(%arg22, %1556) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1558 = "stablehlo.multiply"(%arg125, %1274) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1559 = "stablehlo.multiply"(%1557, %1276) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1560 = "stablehlo.add"(%1558, %1559) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1561 = "stablehlo.multiply"(%arg58, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1562 = "stablehlo.multiply"(%591, %1252) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1563 = "stablehlo.add"(%1561, %1562) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1564 = "stablehlo.multiply"(%arg92, %1255) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1565 = "stablehlo.multiply"(%962, %1257) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1566 = "stablehlo.add"(%1564, %1565) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1567 = "stablehlo.divide"(%1563, %1260) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1568 = "stablehlo.divide"(%1566, %1262) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1569 = "stablehlo.sqrt"(%1568) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1570 = "stablehlo.add"(%1569, %1265) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1571 = "stablehlo.divide"(%1567, %1570) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1572 = "stablehlo.multiply"(%arg23, %1268) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1573 = "stablehlo.add"(%1571, %1572) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1574 = "stablehlo.multiply"(%1573, %1271) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1575 = "stablehlo.subtract"(%arg23, %1574) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1576 = "stablehlo.multiply"(%arg126, %1274) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1577 = "stablehlo.multiply"(%1575, %1276) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1578 = "stablehlo.add"(%1576, %1577) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1579 = "stablehlo.multiply"(%arg59, %1297) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1580 = "stablehlo.multiply"(%541, %1299) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1581 = "stablehlo.add"(%1579, %1580) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1582 = "stablehlo.multiply"(%arg93, %1302) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1583 = "stablehlo.multiply"(%969, %1304) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1584 = "stablehlo.add"(%1582, %1583) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1585 = "stablehlo.divide"(%1581, %1307) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1586 = "stablehlo.divide"(%1584, %1309) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1587 = "stablehlo.sqrt"(%1586) : (tensor<32x96xf32>) -> tensor<32x96xf32>
    %1588 = "stablehlo.add"(%1587, %1312) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1589 = "stablehlo.divide"(%1585, %1588) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1590 = "stablehlo.multiply"(%arg24, %1315) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1591 = "stablehlo.add"(%1589, %1590) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1592 = "stablehlo.multiply"(%1591, %1318) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1593 = "stablehlo.subtract"(%arg24, %1592) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1594 = "stablehlo.multiply"(%arg127, %1321) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1595 = "stablehlo.multiply"(%1593, %1323) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1596 = "stablehlo.add"(%1594, %1595) : (tensor<32x96xf32>, tensor<32x96xf32>) -> tensor<32x96xf32>
    %1597 = "stablehlo.multiply"(%arg60, %1326) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1598 = "stablehlo.multiply"(%533, %1328) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1599 = "stablehlo.add"(%1597, %1598) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1600 = "stablehlo.multiply"(%arg94, %1331) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1601 = "stablehlo.multiply"(%976, %1333) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1602 = "stablehlo.add"(%1600, %1601) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1603 = "stablehlo.divide"(%1599, %1336) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1604 = "stablehlo.divide"(%1602, %1338) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1605 = "stablehlo.sqrt"(%1604) : (tensor<96xf32>) -> tensor<96xf32>
    %1606 = "stablehlo.add"(%1605, %1341) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1607 = "stablehlo.divide"(%1603, %1606) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1608 = "stablehlo.multiply"(%arg25, %1344) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1609 = "stablehlo.add"(%1607, %1608) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1610 = "stablehlo.multiply"(%1609, %1347) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1611 = "stablehlo.subtract"(%arg25, %1610) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1612 = "stablehlo.multiply"(%arg128, %1350) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1613 = "stablehlo.multiply"(%1611, %1352) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1614 = "stablehlo.add"(%1612, %1613) : (tensor<96xf32>, tensor<96xf32>) -> tensor<96xf32>
    %1615 = "stablehlo.multiply"(%arg61, %1355) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1616 = "stablehlo.multiply"(%494, %1357) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1617 = "stablehlo.add"(%1615, %1616) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1618 = "stablehlo.multiply"(%arg95, %1360) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1619 = "stablehlo.multiply"(%983, %1362) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1620 = "stablehlo.add"(%1618, %1619) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1621 = "stablehlo.divide"(%1617, %1365) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1622 = "stablehlo.divide"(%1620, %1367) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1623 = "stablehlo.sqrt"(%1622) : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %1624 = "stablehlo.add"(%1623, %1370) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1625 = "stablehlo.divide"(%1621, %1624) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1626 = "stablehlo.multiply"(%arg26, %1373) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1627 = "stablehlo.add"(%1625, %1626) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1628 = "stablehlo.multiply"(%1627, %1376) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1629 = "stablehlo.subtract"(%arg26, %1628) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1630 = "stablehlo.multiply"(%arg129, %1379) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1631 = "stablehlo.multiply"(%1629, %1381) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1632 = "stablehlo.add"(%1630, %1631) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1633 = "stablehlo.multiply"(%arg62, %1116) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1634 = "stablehlo.multiply"(%486, %1118) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1635 = "stablehlo.add"(%1633, %1634) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1636 = "stablehlo.multiply"(%arg96, %1121) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1637 = "stablehlo.multiply"(%990, %1123) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1638 = "stablehlo.add"(%1636, %1637) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1639 = "stablehlo.divide"(%1635, %1126) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1640 = "stablehlo.divide"(%1638, %1128) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1641 = "stablehlo.sqrt"(%1640) : (tensor<32xf32>) -> tensor<32xf32>
    %1642 = "stablehlo.add"(%1641, %1131) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1643 = "stablehlo.divide"(%1639, %1642) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1644 = "stablehlo.multiply"(%arg27, %1134) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1645 = "stablehlo.add"(%1643, %1644) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1646 = "stablehlo.multiply"(%1645, %1137) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1647 = "stablehlo.subtract"(%arg27, %1646) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1648 = "stablehlo.multiply"(%arg130, %1140) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1649 = "stablehlo.multiply"(%1647, %1142) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1650 = "stablehlo.add"(%1648, %1649) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1651 = "stablehlo.multiply"(%arg63, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1652 = "stablehlo.multiply"(%484, %1252) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1653 = "stablehlo.add"(%1651, %1652) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1654 = "stablehlo.multiply"(%arg97, %1255) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1655 = "stablehlo.multiply"(%997, %1257) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1656 = "stablehlo.add"(%1654, %1655) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1657 = "stablehlo.divide"(%1653, %1260) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1658 = "stablehlo.divide"(%1656, %1262) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1659 = "stablehlo.sqrt"(%1658) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1660 = "stablehlo.add"(%1659, %1265) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1661 = "stablehlo.divide"(%1657, %1660) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1662 = "stablehlo.multiply"(%arg28, %1268) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1663 = "stablehlo.add"(%1661, %1662) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1664 = "stablehlo.multiply"(%1663, %1271) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1665 = "stablehlo.subtract"(%arg28, %1664) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1666 = "stablehlo.multiply"(%arg131, %1274) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1667 = "stablehlo.multiply"(%1665, %1276) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1668 = "stablehlo.add"(%1666, %1667) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1669 = "stablehlo.multiply"(%arg64, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1670 = "stablehlo.multiply"(%481, %1252) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1671 = "stablehlo.add"(%1669, %1670) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1672 = "stablehlo.multiply"(%arg98, %1255) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1673 = "stablehlo.multiply"(%1004, %1257) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1674 = "stablehlo.add"(%1672, %1673) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1675 = "stablehlo.divide"(%1671, %1260) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1676 = "stablehlo.divide"(%1674, %1262) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1677 = "stablehlo.sqrt"(%1676) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1678 = "stablehlo.add"(%1677, %1265) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1679 = "stablehlo.divide"(%1675, %1678) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1680 = "stablehlo.multiply"(%arg29, %1268) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1681 = "stablehlo.add"(%1679, %1680) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1682 = "stablehlo.multiply"(%1681, %1271) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1683 = "stablehlo.subtract"(%arg29, %1682) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1684 = "stablehlo.multiply"(%arg132, %1274) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1685 = "stablehlo.multiply"(%1683, %1276) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1686 = "stablehlo.add"(%1684, %1685) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1687 = "stablehlo.multiply"(%arg65, %1438) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1688 = "stablehlo.multiply"(%431, %1440) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1689 = "stablehlo.add"(%1687, %1688) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1690 = "stablehlo.multiply"(%arg99, %1443) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1691 = "stablehlo.multiply"(%1011, %1445) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1692 = "stablehlo.add"(%1690, %1691) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1693 = "stablehlo.divide"(%1689, %1448) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1694 = "stablehlo.divide"(%1692, %1450) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1695 = "stablehlo.sqrt"(%1694) : (tensor<32x64xf32>) -> tensor<32x64xf32>
    %1696 = "stablehlo.add"(%1695, %1453) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1697 = "stablehlo.divide"(%1693, %1696) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1698 = "stablehlo.multiply"(%arg30, %1456) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1699 = "stablehlo.add"(%1697, %1698) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1700 = "stablehlo.multiply"(%1699, %1459) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1701 = "stablehlo.subtract"(%arg30, %1700) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1702 = "stablehlo.multiply"(%arg133, %1462) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1703 = "stablehlo.multiply"(%1701, %1464) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1704 = "stablehlo.add"(%1702, %1703) : (tensor<32x64xf32>, tensor<32x64xf32>) -> tensor<32x64xf32>
    %1705 = "stablehlo.multiply"(%arg66, %1467) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1706 = "stablehlo.multiply"(%423, %1469) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1707 = "stablehlo.add"(%1705, %1706) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1708 = "stablehlo.multiply"(%arg100, %1472) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1709 = "stablehlo.multiply"(%1018, %1474) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1710 = "stablehlo.add"(%1708, %1709) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1711 = "stablehlo.divide"(%1707, %1477) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1712 = "stablehlo.divide"(%1710, %1479) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1713 = "stablehlo.sqrt"(%1712) : (tensor<64xf32>) -> tensor<64xf32>
    %1714 = "stablehlo.add"(%1713, %1482) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1715 = "stablehlo.divide"(%1711, %1714) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1716 = "stablehlo.multiply"(%arg31, %1485) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1717 = "stablehlo.add"(%1715, %1716) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1718 = "stablehlo.multiply"(%1717, %1488) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1719 = "stablehlo.subtract"(%arg31, %1718) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1720 = "stablehlo.multiply"(%arg134, %1491) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1721 = "stablehlo.multiply"(%1719, %1493) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1722 = "stablehlo.add"(%1720, %1721) : (tensor<64xf32>, tensor<64xf32>) -> tensor<64xf32>
    %1723 = "stablehlo.multiply"(%arg67, %1496) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1724 = "stablehlo.multiply"(%413, %1498) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1725 = "stablehlo.add"(%1723, %1724) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1726 = "stablehlo.multiply"(%arg101, %1501) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1727 = "stablehlo.multiply"(%1025, %1503) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1728 = "stablehlo.add"(%1726, %1727) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1729 = "stablehlo.divide"(%1725, %1506) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1730 = "stablehlo.divide"(%1728, %1508) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1731 = "stablehlo.sqrt"(%1730) : (tensor<64x32xf32>) -> tensor<64x32xf32>
    %1732 = "stablehlo.add"(%1731, %1511) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1733 = "stablehlo.divide"(%1729, %1732) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1734 = "stablehlo.multiply"(%arg32, %1514) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1735 = "stablehlo.add"(%1733, %1734) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1736 = "stablehlo.multiply"(%1735, %1517) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1737 = "stablehlo.subtract"(%arg32, %1736) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1738 = "stablehlo.multiply"(%arg135, %1520) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1739 = "stablehlo.multiply"(%1737, %1522) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1740 = "stablehlo.add"(%1738, %1739) : (tensor<64x32xf32>, tensor<64x32xf32>) -> tensor<64x32xf32>
    %1741 = "stablehlo.multiply"(%arg68, %1116) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1742 = "stablehlo.multiply"(%405, %1118) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1743 = "stablehlo.add"(%1741, %1742) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1744 = "stablehlo.multiply"(%arg102, %1121) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1745 = "stablehlo.multiply"(%1032, %1123) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1746 = "stablehlo.add"(%1744, %1745) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1747 = "stablehlo.divide"(%1743, %1126) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1748 = "stablehlo.divide"(%1746, %1128) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1749 = "stablehlo.sqrt"(%1748) : (tensor<32xf32>) -> tensor<32xf32>
    %1750 = "stablehlo.add"(%1749, %1131) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1751 = "stablehlo.divide"(%1747, %1750) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1752 = "stablehlo.multiply"(%arg33, %1134) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1753 = "stablehlo.add"(%1751, %1752) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1754 = "stablehlo.multiply"(%1753, %1137) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1755 = "stablehlo.subtract"(%arg33, %1754) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1756 = "stablehlo.multiply"(%arg136, %1140) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1757 = "stablehlo.multiply"(%1755, %1142) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1758 = "stablehlo.add"(%1756, %1757) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1759 = "stablehlo.multiply"(%arg69, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1760 = "stablehlo.multiply"(%403, %1252) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1761 = "stablehlo.add"(%1759, %1760) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1762 = "stablehlo.multiply"(%arg103, %1255) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1763 = "stablehlo.multiply"(%1039, %1257) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1764 = "stablehlo.add"(%1762, %1763) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1765 = "stablehlo.divide"(%1761, %1260) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1766 = "stablehlo.divide"(%1764, %1262) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1767 = "stablehlo.sqrt"(%1766) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1768 = "stablehlo.add"(%1767, %1265) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1769 = "stablehlo.divide"(%1765, %1768) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1770 = "stablehlo.multiply"(%arg34, %1268) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1771 = "stablehlo.add"(%1769, %1770) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1772 = "stablehlo.multiply"(%1771, %1271) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1773 = "stablehlo.subtract"(%arg34, %1772) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1774 = "stablehlo.multiply"(%arg137, %1274) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1775 = "stablehlo.multiply"(%1773, %1276) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1776 = "stablehlo.add"(%1774, %1775) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1777 = "stablehlo.multiply"(%arg70, %1250) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1778 = "stablehlo.multiply"(%400, %1252) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1779 = "stablehlo.add"(%1777, %1778) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1780 = "stablehlo.multiply"(%arg104, %1255) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1781 = "stablehlo.multiply"(%1046, %1257) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1782 = "stablehlo.add"(%1780, %1781) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1783 = "stablehlo.divide"(%1779, %1260) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1784 = "stablehlo.divide"(%1782, %1262) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1785 = "stablehlo.sqrt"(%1784) : (tensor<4x32xf32>) -> tensor<4x32xf32>
    %1786 = "stablehlo.add"(%1785, %1265) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1787 = "stablehlo.divide"(%1783, %1786) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1788 = "stablehlo.multiply"(%arg35, %1268) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1789 = "stablehlo.add"(%1787, %1788) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1790 = "stablehlo.multiply"(%1789, %1271) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1791 = "stablehlo.subtract"(%arg35, %1790) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1792 = "stablehlo.multiply"(%arg138, %1274) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1793 = "stablehlo.multiply"(%1791, %1276) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1794 = "stablehlo.add"(%1792, %1793) : (tensor<4x32xf32>, tensor<4x32xf32>) -> tensor<4x32xf32>
    %1795 = "stablehlo.multiply"(%arg71, %1355) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1796 = "stablehlo.multiply"(%350, %1357) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1797 = "stablehlo.add"(%1795, %1796) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1798 = "stablehlo.multiply"(%arg105, %1360) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1799 = "stablehlo.multiply"(%1053, %1362) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1800 = "stablehlo.add"(%1798, %1799) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1801 = "stablehlo.divide"(%1797, %1365) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1802 = "stablehlo.divide"(%1800, %1367) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1803 = "stablehlo.sqrt"(%1802) : (tensor<32x32xf32>) -> tensor<32x32xf32>
    %1804 = "stablehlo.add"(%1803, %1370) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1805 = "stablehlo.divide"(%1801, %1804) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1806 = "stablehlo.multiply"(%arg36, %1373) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1807 = "stablehlo.add"(%1805, %1806) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1808 = "stablehlo.multiply"(%1807, %1376) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1809 = "stablehlo.subtract"(%arg36, %1808) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1810 = "stablehlo.multiply"(%arg139, %1379) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1811 = "stablehlo.multiply"(%1809, %1381) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1812 = "stablehlo.add"(%1810, %1811) : (tensor<32x32xf32>, tensor<32x32xf32>) -> tensor<32x32xf32>
    %1813 = "stablehlo.multiply"(%arg72, %1116) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1814 = "stablehlo.multiply"(%342, %1118) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1815 = "stablehlo.add"(%1813, %1814) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1816 = "stablehlo.multiply"(%arg106, %1121) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1817 = "stablehlo.multiply"(%1060, %1123) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1818 = "stablehlo.add"(%1816, %1817) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1819 = "stablehlo.divide"(%1815, %1126) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1820 = "stablehlo.divide"(%1818, %1128) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1821 = "stablehlo.sqrt"(%1820) : (tensor<32xf32>) -> tensor<32xf32>
    %1822 = "stablehlo.add"(%1821, %1131) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1823 = "stablehlo.divide"(%1819, %1822) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1824 = "stablehlo.multiply"(%arg37, %1134) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1825 = "stablehlo.add"(%1823, %1824) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1826 = "stablehlo.multiply"(%1825, %1137) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1827 = "stablehlo.subtract"(%arg37, %1826) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1828 = "stablehlo.multiply"(%arg140, %1140) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1829 = "stablehlo.multiply"(%1827, %1142) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1830 = "stablehlo.add"(%1828, %1829) : (tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %1831 = "stablehlo.reshape"(%326) : (tensor<f32>) -> tensor<1xf32>
    %1832 = "stablehlo.reshape"(%328) : (tensor<f32>) -> tensor<1xf32>
    %1833 = "stablehlo.reshape"(%1067) : (tensor<f32>) -> tensor<1xf32>
    %1834 = "stablehlo.reshape"(%1072) : (tensor<f32>) -> tensor<1xf32>
    %1835 = "stablehlo.concatenate"(%1831, %1832, %1833, %1834) {dimension = 0 : i64} : (tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> tensor<4xf32>
    return %1105, %1139, %1159, %1186, %1215, %1244, %1273, %1293, %1320, %1349, %1378, %1398, %1416, %1434, %1461, %1490, %1519, %1539, %1557, %1575, %1593, %1611, %1629, %1647, %1665, %1683, %1701, %1719, %1737, %1755, %1773, %1791, %1809, %1827, %1074, %1080, %1120, %1147, %1167, %1196, %1225, %1254, %1281, %1301, %1330, %1359, %1386, %1404, %1422, %1442, %1471, %1500, %1527, %1545, %1563, %1581, %1599, %1617, %1635, %1653, %1671, %1689, %1707, %1725, %1743, %1761, %1779, %1797, %1815, %1085, %1125, %1150, %1172, %1201, %1230, %1259, %1284, %1306, %1335, %1364, %1389, %1407, %1425, %1447, %1476, %1505, %1530, %1548, %1566, %1584, %1602, %1620, %1638, %1656, %1674, %1692, %1710, %1728, %1746, %1764, %1782, %1800, %1818, %1115, %1144, %1162, %1191, %1220, %1249, %1278, %1296, %1325, %1354, %1383, %1401, %1419, %1437, %1466, %1495, %1524, %1542, %1560, %1578, %1596, %1614, %1632, %1650, %1668, %1686, %1704, %1722, %1740, %1758, %1776, %1794, %1812, %1830, %1835 : tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<i32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<16x32xf32>, tensor<32xf32>, tensor<32xf32>, tensor<4x11xf32>, tensor<8x11xf32>, tensor<8x10xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x96xf32>, tensor<96xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x64xf32>, tensor<64xf32>, tensor<64x32xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4x32xf32>, tensor<32x32xf32>, tensor<32xf32>, tensor<4xf32>
  }
}
