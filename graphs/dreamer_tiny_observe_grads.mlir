module @dreamer_tiny_observe_grads attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2x3x128xf32>, %arg1: tensor<2x3x1xf32>, %arg2: tensor<2x3xf32>, %arg3: tensor<16xf32>, %arg4: tensor<16x16xf32>, %arg5: tensor<16xf32>, %arg6: tensor<16xf32>, %arg7: tensor<16x16xf32>, %arg8: tensor<16xf32>, %arg9: tensor<17x16xf32>, %arg10: tensor<16xf32>, %arg11: tensor<16xf32>, %arg12: tensor<32x48xf32>, %arg13: tensor<48xf32>, %arg14: tensor<48xf32>, %arg15: tensor<144x16xf32>, %arg16: tensor<16xf32>, %arg17: tensor<16xf32>, %arg18: tensor<16x16xf32>, %arg19: tensor<16xf32>) -> (tensor<f32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xf32>, tensor<17x16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<32x48xf32>, tensor<48xf32>, tensor<48xf32>, tensor<144x16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xf32>) {
    %0 = "stablehlo.tanh"(%arg3) : (tensor<16xf32>) -> tensor<16xf32>
    %1 = "stablehlo.reshape"(%0) : (tensor<16xf32>) -> tensor<1x16xf32>
    %2 = "stablehlo.broadcast_in_dim"(%1) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<1x16xf32>) -> tensor<2x16xf32>
    %3 = "stablehlo.dot_general"(%2, %arg4) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x16xf32>, tensor<16x16xf32>) -> tensor<2x16xf32>
    %4 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %5 = "stablehlo.reduce"(%3, %4) ({
    ^bb0(%6: tensor<f32>, %7: tensor<f32>):
        %8 = "stablehlo.add"(%6, %7) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%8) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
    %9 = "stablehlo.reshape"(%5) : (tensor<2xf32>) -> tensor<2x1xf32>
    %10 = "stablehlo.constant"() {value = dense<16.0> : tensor<2x1xf32>} : () -> tensor<2x1xf32>
    %11 = "stablehlo.divide"(%9, %10) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
    %12 = "stablehlo.broadcast_in_dim"(%11) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
    %13 = "stablehlo.subtract"(%3, %12) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %14 = "stablehlo.multiply"(%13, %13) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %15 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %16 = "stablehlo.reduce"(%14, %15) ({
    ^bb0(%17: tensor<f32>, %18: tensor<f32>):
        %19 = "stablehlo.add"(%17, %18) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%19) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
    %20 = "stablehlo.reshape"(%16) : (tensor<2xf32>) -> tensor<2x1xf32>
    %21 = "stablehlo.divide"(%20, %10) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
    %22 = "stablehlo.constant"() {value = dense<0.001> : tensor<2x1xf32>} : () -> tensor<2x1xf32>
    %23 = "stablehlo.add"(%21, %22) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
    %24 = "stablehlo.rsqrt"(%23) : (tensor<2x1xf32>) -> tensor<2x1xf32>
    %25 = "stablehlo.broadcast_in_dim"(%24) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
    %26 = "stablehlo.multiply"(%13, %25) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %27 = "stablehlo.broadcast_in_dim"(%arg5) {broadcast_dimensions = array<i64: 1>} : (tensor<16xf32>) -> tensor<2x16xf32>
    %28 = "stablehlo.multiply"(%26, %27) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %29 = "stablehlo.broadcast_in_dim"(%arg6) {broadcast_dimensions = array<i64: 1>} : (tensor<16xf32>) -> tensor<2x16xf32>
    %30 = "stablehlo.add"(%28, %29) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %31 = "stablehlo.logistic"(%30) : (tensor<2x16xf32>) -> tensor<2x16xf32>
    %32 = "stablehlo.multiply"(%30, %31) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %33 = "stablehlo.dot_general"(%32, %arg7) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x16xf32>, tensor<16x16xf32>) -> tensor<2x16xf32>
    %34 = "stablehlo.broadcast_in_dim"(%arg8) {broadcast_dimensions = array<i64: 1>} : (tensor<16xf32>) -> tensor<2x16xf32>
    %35 = "stablehlo.add"(%33, %34) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
    %36 = "stablehlo.reshape"(%35) : (tensor<2x16xf32>) -> tensor<2x4x4xf32>
    %37 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %38 = "stablehlo.reduce"(%36, %37) ({
    ^bb0(%39: tensor<f32>, %40: tensor<f32>):
        %41 = "stablehlo.maximum"(%39, %40) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%41) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
    %42 = "stablehlo.reshape"(%38) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %43 = "stablehlo.broadcast_in_dim"(%42) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
    %44 = "stablehlo.subtract"(%36, %43) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
    %45 = "stablehlo.exponential"(%44) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
    %46 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %47 = "stablehlo.reduce"(%45, %46) ({
    ^bb0(%48: tensor<f32>, %49: tensor<f32>):
        %50 = "stablehlo.add"(%48, %49) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%50) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
    %51 = "stablehlo.reshape"(%47) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %52 = "stablehlo.broadcast_in_dim"(%51) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
    %53 = "stablehlo.divide"(%45, %52) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
    %54 = "stablehlo.constant"() {value = dense<0.99> : tensor<2x4x4xf32>} : () -> tensor<2x4x4xf32>
    %55 = "stablehlo.multiply"(%53, %54) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
    %56 = "stablehlo.constant"() {value = dense<0.0025> : tensor<2x4x4xf32>} : () -> tensor<2x4x4xf32>
    %57 = "stablehlo.add"(%55, %56) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
    %58 = "stablehlo.log"(%57) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
    %59 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %60 = "stablehlo.reduce"(%58, %59) ({
    ^bb0(%61: tensor<f32>, %62: tensor<f32>):
        %63 = "stablehlo.maximum"(%61, %62) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%63) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
    %64 = "stablehlo.reshape"(%60) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %65 = "stablehlo.broadcast_in_dim"(%64) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
    %66 = "stablehlo.subtract"(%58, %65) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
    %67 = "stablehlo.exponential"(%66) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
    %68 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %69 = "stablehlo.reduce"(%67, %68) ({
    ^bb0(%70: tensor<f32>, %71: tensor<f32>):
        %72 = "stablehlo.add"(%70, %71) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%72) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
    %73 = "stablehlo.reshape"(%69) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %74 = "stablehlo.log"(%73) : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %75 = "stablehlo.broadcast_in_dim"(%74) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
    %76 = "stablehlo.subtract"(%66, %75) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
    %77 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
    %78 = "stablehlo.reduce"(%76, %77) ({
    ^bb0(%79: tensor<f32>, %80: tensor<f32>):
        %81 = "stablehlo.maximum"(%79, %80) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%81) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
    %82 = "stablehlo.broadcast_in_dim"(%78) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x4xf32>) -> tensor<2x4x4xf32>
    %83 = "stablehlo.compare"(%76, %82) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xi1>
    %84 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<2x4x4xi32>
    %85 = "stablehlo.constant"() {value = dense<4> : tensor<2x4x4xi32>} : () -> tensor<2x4x4xi32>
    %86 = "stablehlo.select"(%83, %84, %85) : (tensor<2x4x4xi1>, tensor<2x4x4xi32>, tensor<2x4x4xi32>) -> tensor<2x4x4xi32>
    %87 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
    %88 = "stablehlo.reduce"(%86, %87) ({
    ^bb0(%89: tensor<i32>, %90: tensor<i32>):
        %91 = "stablehlo.minimum"(%89, %90) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%91) : (tensor<i32>) -> ()
    }) {dimensions = array<i64: 2>} : (tensor<2x4x4xi32>, tensor<i32>) -> tensor<2x4xi32>
    %92 = "stablehlo.broadcast_in_dim"(%88) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x4xi32>) -> tensor<2x4x4xi32>
    %93 = "stablehlo.compare"(%92, %84) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x4x4xi32>, tensor<2x4x4xi32>) -> tensor<2x4x4xi1>
    %94 = "stablehlo.convert"(%93) : (tensor<2x4x4xi1>) -> tensor<2x4x4xf32>
    %95 = "stablehlo.constant"() {value = dense<0.0> : tensor<2x4x4xf32>} : () -> tensor<2x4x4xf32>
    %96 = "stablehlo.constant"() {value = dense<0> : tensor<1xui32>} : () -> tensor<1xui32>
    %97 = "stablehlo.concatenate"(%96, %96) {dimension = 0 : i64} : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %98 = "stablehlo.slice"(%97) {start_indices = array<i64: 0>, limit_indices = array<i64: 1>, strides = array<i64: 1>} : (tensor<2xui32>) -> tensor<1xui32>
    %99 = "stablehlo.reshape"(%98) : (tensor<1xui32>) -> tensor<ui32>
    %100 = "stablehlo.slice"(%97) {start_indices = array<i64: 1>, limit_indices = array<i64: 2>, strides = array<i64: 1>} : (tensor<2xui32>) -> tensor<1xui32>
    %101 = "stablehlo.reshape"(%100) : (tensor<1xui32>) -> tensor<ui32>
    %102 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<3xui32>
    %103 = "stablehlo.constant"() {value = dense<1> : tensor<3xui32>} : () -> tensor<3xui32>
    %104 = "stablehlo.xor"(%99, %101) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %105 = "stablehlo.constant"() {value = dense<466688986> : tensor<ui32>} : () -> tensor<ui32>
    %106 = "stablehlo.xor"(%104, %105) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %107 = "stablehlo.broadcast_in_dim"(%99) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %108 = "stablehlo.broadcast_in_dim"(%101) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %109 = "stablehlo.broadcast_in_dim"(%106) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %110 = "stablehlo.add"(%102, %107) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %111 = "stablehlo.add"(%103, %108) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %112 = "stablehlo.add"(%110, %111) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %113 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %114 = "stablehlo.broadcast_in_dim"(%113) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %115 = "stablehlo.shift_left"(%111, %114) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %116 = "stablehlo.constant"() {value = dense<19> : tensor<ui32>} : () -> tensor<ui32>
    %117 = "stablehlo.broadcast_in_dim"(%116) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %118 = "stablehlo.shift_right_logical"(%111, %117) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %119 = "stablehlo.or"(%115, %118) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %120 = "stablehlo.xor"(%119, %112) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %121 = "stablehlo.add"(%112, %120) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %122 = "stablehlo.constant"() {value = dense<15> : tensor<ui32>} : () -> tensor<ui32>
    %123 = "stablehlo.broadcast_in_dim"(%122) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %124 = "stablehlo.shift_left"(%120, %123) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %125 = "stablehlo.constant"() {value = dense<17> : tensor<ui32>} : () -> tensor<ui32>
    %126 = "stablehlo.broadcast_in_dim"(%125) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %127 = "stablehlo.shift_right_logical"(%120, %126) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %128 = "stablehlo.or"(%124, %127) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %129 = "stablehlo.xor"(%128, %121) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %130 = "stablehlo.add"(%121, %129) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %131 = "stablehlo.constant"() {value = dense<26> : tensor<ui32>} : () -> tensor<ui32>
    %132 = "stablehlo.broadcast_in_dim"(%131) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %133 = "stablehlo.shift_left"(%129, %132) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %134 = "stablehlo.constant"() {value = dense<6> : tensor<ui32>} : () -> tensor<ui32>
    %135 = "stablehlo.broadcast_in_dim"(%134) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %136 = "stablehlo.shift_right_logical"(%129, %135) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %137 = "stablehlo.or"(%133, %136) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %138 = "stablehlo.xor"(%137, %130) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %139 = "stablehlo.add"(%130, %138) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %140 = "stablehlo.shift_left"(%138, %135) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %141 = "stablehlo.shift_right_logical"(%138, %132) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %142 = "stablehlo.or"(%140, %141) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %143 = "stablehlo.xor"(%142, %139) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %144 = "stablehlo.add"(%139, %108) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %145 = "stablehlo.add"(%143, %109) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %146 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
    %147 = "stablehlo.broadcast_in_dim"(%146) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %148 = "stablehlo.add"(%145, %147) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %149 = "stablehlo.add"(%144, %148) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %150 = "stablehlo.shift_left"(%148, %126) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %151 = "stablehlo.shift_right_logical"(%148, %123) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %152 = "stablehlo.or"(%150, %151) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %153 = "stablehlo.xor"(%152, %149) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %154 = "stablehlo.add"(%149, %153) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %155 = "stablehlo.constant"() {value = dense<29> : tensor<ui32>} : () -> tensor<ui32>
    %156 = "stablehlo.broadcast_in_dim"(%155) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %157 = "stablehlo.shift_left"(%153, %156) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %158 = "stablehlo.constant"() {value = dense<3> : tensor<ui32>} : () -> tensor<ui32>
    %159 = "stablehlo.broadcast_in_dim"(%158) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %160 = "stablehlo.shift_right_logical"(%153, %159) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %161 = "stablehlo.or"(%157, %160) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %162 = "stablehlo.xor"(%161, %154) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %163 = "stablehlo.add"(%154, %162) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %164 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %165 = "stablehlo.broadcast_in_dim"(%164) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %166 = "stablehlo.shift_left"(%162, %165) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %167 = "stablehlo.shift_right_logical"(%162, %165) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %168 = "stablehlo.or"(%166, %167) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %169 = "stablehlo.xor"(%168, %163) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %170 = "stablehlo.add"(%163, %169) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %171 = "stablehlo.constant"() {value = dense<24> : tensor<ui32>} : () -> tensor<ui32>
    %172 = "stablehlo.broadcast_in_dim"(%171) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %173 = "stablehlo.shift_left"(%169, %172) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %174 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %175 = "stablehlo.broadcast_in_dim"(%174) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %176 = "stablehlo.shift_right_logical"(%169, %175) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %177 = "stablehlo.or"(%173, %176) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %178 = "stablehlo.xor"(%177, %170) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %179 = "stablehlo.add"(%170, %109) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %180 = "stablehlo.add"(%178, %107) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %181 = "stablehlo.constant"() {value = dense<2> : tensor<ui32>} : () -> tensor<ui32>
    %182 = "stablehlo.broadcast_in_dim"(%181) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %183 = "stablehlo.add"(%180, %182) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %184 = "stablehlo.add"(%179, %183) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %185 = "stablehlo.shift_left"(%183, %114) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %186 = "stablehlo.shift_right_logical"(%183, %117) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %187 = "stablehlo.or"(%185, %186) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %188 = "stablehlo.xor"(%187, %184) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %189 = "stablehlo.add"(%184, %188) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %190 = "stablehlo.shift_left"(%188, %123) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %191 = "stablehlo.shift_right_logical"(%188, %126) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %192 = "stablehlo.or"(%190, %191) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %193 = "stablehlo.xor"(%192, %189) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %194 = "stablehlo.add"(%189, %193) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %195 = "stablehlo.shift_left"(%193, %132) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %196 = "stablehlo.shift_right_logical"(%193, %135) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %197 = "stablehlo.or"(%195, %196) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %198 = "stablehlo.xor"(%197, %194) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %199 = "stablehlo.add"(%194, %198) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %200 = "stablehlo.shift_left"(%198, %135) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %201 = "stablehlo.shift_right_logical"(%198, %132) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %202 = "stablehlo.or"(%200, %201) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %203 = "stablehlo.xor"(%202, %199) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %204 = "stablehlo.add"(%199, %107) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %205 = "stablehlo.add"(%203, %108) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %206 = "stablehlo.add"(%205, %159) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %207 = "stablehlo.add"(%204, %206) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %208 = "stablehlo.shift_left"(%206, %126) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %209 = "stablehlo.shift_right_logical"(%206, %123) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %210 = "stablehlo.or"(%208, %209) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %211 = "stablehlo.xor"(%210, %207) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %212 = "stablehlo.add"(%207, %211) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %213 = "stablehlo.shift_left"(%211, %156) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %214 = "stablehlo.shift_right_logical"(%211, %159) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %215 = "stablehlo.or"(%213, %214) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %216 = "stablehlo.xor"(%215, %212) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %217 = "stablehlo.add"(%212, %216) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %218 = "stablehlo.shift_left"(%216, %165) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %219 = "stablehlo.shift_right_logical"(%216, %165) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %220 = "stablehlo.or"(%218, %219) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %221 = "stablehlo.xor"(%220, %217) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %222 = "stablehlo.add"(%217, %221) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %223 = "stablehlo.shift_left"(%221, %172) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %224 = "stablehlo.shift_right_logical"(%221, %175) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %225 = "stablehlo.or"(%223, %224) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %226 = "stablehlo.xor"(%225, %222) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %227 = "stablehlo.add"(%222, %108) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %228 = "stablehlo.add"(%226, %109) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %229 = "stablehlo.constant"() {value = dense<4> : tensor<ui32>} : () -> tensor<ui32>
    %230 = "stablehlo.broadcast_in_dim"(%229) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %231 = "stablehlo.add"(%228, %230) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %232 = "stablehlo.add"(%227, %231) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %233 = "stablehlo.shift_left"(%231, %114) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %234 = "stablehlo.shift_right_logical"(%231, %117) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %235 = "stablehlo.or"(%233, %234) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %236 = "stablehlo.xor"(%235, %232) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %237 = "stablehlo.add"(%232, %236) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %238 = "stablehlo.shift_left"(%236, %123) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %239 = "stablehlo.shift_right_logical"(%236, %126) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %240 = "stablehlo.or"(%238, %239) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %241 = "stablehlo.xor"(%240, %237) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %242 = "stablehlo.add"(%237, %241) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %243 = "stablehlo.shift_left"(%241, %132) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %244 = "stablehlo.shift_right_logical"(%241, %135) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %245 = "stablehlo.or"(%243, %244) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %246 = "stablehlo.xor"(%245, %242) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %247 = "stablehlo.add"(%242, %246) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %248 = "stablehlo.shift_left"(%246, %135) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %249 = "stablehlo.shift_right_logical"(%246, %132) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %250 = "stablehlo.or"(%248, %249) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %251 = "stablehlo.xor"(%250, %247) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %252 = "stablehlo.add"(%247, %109) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %253 = "stablehlo.add"(%251, %107) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %254 = "stablehlo.constant"() {value = dense<5> : tensor<ui32>} : () -> tensor<ui32>
    %255 = "stablehlo.broadcast_in_dim"(%254) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<3xui32>
    %256 = "stablehlo.add"(%253, %255) : (tensor<3xui32>, tensor<3xui32>) -> tensor<3xui32>
    %257 = "stablehlo.reshape"(%252) : (tensor<3xui32>) -> tensor<3x1xui32>
    %258 = "stablehlo.reshape"(%256) : (tensor<3xui32>) -> tensor<3x1xui32>
    %259 = "stablehlo.concatenate"(%257, %258) {dimension = 1 : i64} : (tensor<3x1xui32>, tensor<3x1xui32>) -> tensor<3x2xui32>
    %260 = "stablehlo.slice"(%259) {start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 2>, strides = array<i64: 1, 1>} : (tensor<3x2xui32>) -> tensor<1x2xui32>
    %261 = "stablehlo.reshape"(%260) : (tensor<1x2xui32>) -> tensor<2xui32>
    %262 = "stablehlo.slice"(%259) {start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 2>, strides = array<i64: 1, 1>} : (tensor<3x2xui32>) -> tensor<1x2xui32>
    %263 = "stablehlo.reshape"(%262) : (tensor<1x2xui32>) -> tensor<2xui32>
    %264 = "stablehlo.slice"(%259) {start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 2>, strides = array<i64: 1, 1>} : (tensor<3x2xui32>) -> tensor<1x2xui32>
    %265 = "stablehlo.reshape"(%264) : (tensor<1x2xui32>) -> tensor<2xui32>
    %266 = "stablehlo.reshape"(%261) : (tensor<2xui32>) -> tensor<1x2xui32>
    %267 = "stablehlo.reshape"(%263) : (tensor<2xui32>) -> tensor<1x2xui32>
    %268 = "stablehlo.reshape"(%265) : (tensor<2xui32>) -> tensor<1x2xui32>
    %269 = "stablehlo.concatenate"(%266, %267, %268) {dimension = 0 : i64} : (tensor<1x2xui32>, tensor<1x2xui32>, tensor<1x2xui32>) -> tensor<3x2xui32>
    %270 = "stablehlo.transpose"(%arg0) {permutation = array<i64: 1, 0, 2>} : (tensor<2x3x128xf32>) -> tensor<3x2x128xf32>
    %271 = "stablehlo.transpose"(%arg1) {permutation = array<i64: 1, 0, 2>} : (tensor<2x3x1xf32>) -> tensor<3x2x1xf32>
    %272 = "stablehlo.transpose"(%arg2) {permutation = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
    %273 = "stablehlo.broadcast_in_dim"(%arg10) {broadcast_dimensions = array<i64: 1>} : (tensor<16xf32>) -> tensor<2x16xf32>
    %274 = "stablehlo.broadcast_in_dim"(%arg11) {broadcast_dimensions = array<i64: 1>} : (tensor<16xf32>) -> tensor<2x16xf32>
    %275 = "stablehlo.broadcast_in_dim"(%arg13) {broadcast_dimensions = array<i64: 1>} : (tensor<48xf32>) -> tensor<2x48xf32>
    %276 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 1>} : (tensor<48xf32>) -> tensor<2x48xf32>
    %277 = "stablehlo.broadcast_in_dim"(%arg16) {broadcast_dimensions = array<i64: 1>} : (tensor<16xf32>) -> tensor<2x16xf32>
    %278 = "stablehlo.broadcast_in_dim"(%arg17) {broadcast_dimensions = array<i64: 1>} : (tensor<16xf32>) -> tensor<2x16xf32>
    %279 = "stablehlo.broadcast_in_dim"(%arg19) {broadcast_dimensions = array<i64: 1>} : (tensor<16xf32>) -> tensor<2x16xf32>
    %280 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %281 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %282 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x4x4xf32>} : () -> tensor<3x2x4x4xf32>
    %283 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x4x4xf32>} : () -> tensor<3x2x4x4xf32>
    %284 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x4x4xf32>} : () -> tensor<3x2x4x4xf32>
    %285 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x4x4xf32>} : () -> tensor<3x2x4x4xf32>
    %286 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %287 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x48xf32>} : () -> tensor<3x2x48xf32>
    %288 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %289 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %290 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x4x4xf32>} : () -> tensor<3x2x4x4xf32>
    %291 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %292 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %293 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x4x4xf32>} : () -> tensor<3x2x4x4xf32>
    %294 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %295 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x4x4xf32>} : () -> tensor<3x2x4x4xf32>
    %296 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x4x4xf32>} : () -> tensor<3x2x4x4xf32>
    %297:43 = "stablehlo.while"(%280, %2, %94, %95, %281, %282, %283, %284, %285, %286, %287, %288, %289, %290, %291, %292, %293, %294, %295, %296, %270, %271, %272, %269, %2, %94, %95, %arg9, %273, %274, %arg12, %275, %276, %arg4, %27, %29, %arg7, %34, %arg15, %277, %278, %arg18, %279) ({
    ^bb0(%298: tensor<i32>, %299: tensor<2x16xf32>, %300: tensor<2x4x4xf32>, %301: tensor<2x4x4xf32>, %302: tensor<3x2x16xf32>, %303: tensor<3x2x4x4xf32>, %304: tensor<3x2x4x4xf32>, %305: tensor<3x2x4x4xf32>, %306: tensor<3x2x4x4xf32>, %307: tensor<3x2x16xf32>, %308: tensor<3x2x48xf32>, %309: tensor<3x2x16xf32>, %310: tensor<3x2x16xf32>, %311: tensor<3x2x4x4xf32>, %312: tensor<3x2x16xf32>, %313: tensor<3x2x16xf32>, %314: tensor<3x2x4x4xf32>, %315: tensor<3x2x16xf32>, %316: tensor<3x2x4x4xf32>, %317: tensor<3x2x4x4xf32>, %318: tensor<3x2x128xf32>, %319: tensor<3x2x1xf32>, %320: tensor<3x2xf32>, %321: tensor<3x2xui32>, %322: tensor<2x16xf32>, %323: tensor<2x4x4xf32>, %324: tensor<2x4x4xf32>, %325: tensor<17x16xf32>, %326: tensor<2x16xf32>, %327: tensor<2x16xf32>, %328: tensor<32x48xf32>, %329: tensor<2x48xf32>, %330: tensor<2x48xf32>, %331: tensor<16x16xf32>, %332: tensor<2x16xf32>, %333: tensor<2x16xf32>, %334: tensor<16x16xf32>, %335: tensor<2x16xf32>, %336: tensor<144x16xf32>, %337: tensor<2x16xf32>, %338: tensor<2x16xf32>, %339: tensor<16x16xf32>, %340: tensor<2x16xf32>):
        %341 = "stablehlo.constant"() {value = dense<3> : tensor<i32>} : () -> tensor<i32>
        %342 = "stablehlo.compare"(%298, %341) {comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%342) : (tensor<i1>) -> ()
    }, {
    ^bb0(%343: tensor<i32>, %344: tensor<2x16xf32>, %345: tensor<2x4x4xf32>, %346: tensor<2x4x4xf32>, %347: tensor<3x2x16xf32>, %348: tensor<3x2x4x4xf32>, %349: tensor<3x2x4x4xf32>, %350: tensor<3x2x4x4xf32>, %351: tensor<3x2x4x4xf32>, %352: tensor<3x2x16xf32>, %353: tensor<3x2x48xf32>, %354: tensor<3x2x16xf32>, %355: tensor<3x2x16xf32>, %356: tensor<3x2x4x4xf32>, %357: tensor<3x2x16xf32>, %358: tensor<3x2x16xf32>, %359: tensor<3x2x4x4xf32>, %360: tensor<3x2x16xf32>, %361: tensor<3x2x4x4xf32>, %362: tensor<3x2x4x4xf32>, %363: tensor<3x2x128xf32>, %364: tensor<3x2x1xf32>, %365: tensor<3x2xf32>, %366: tensor<3x2xui32>, %367: tensor<2x16xf32>, %368: tensor<2x4x4xf32>, %369: tensor<2x4x4xf32>, %370: tensor<17x16xf32>, %371: tensor<2x16xf32>, %372: tensor<2x16xf32>, %373: tensor<32x48xf32>, %374: tensor<2x48xf32>, %375: tensor<2x48xf32>, %376: tensor<16x16xf32>, %377: tensor<2x16xf32>, %378: tensor<2x16xf32>, %379: tensor<16x16xf32>, %380: tensor<2x16xf32>, %381: tensor<144x16xf32>, %382: tensor<2x16xf32>, %383: tensor<2x16xf32>, %384: tensor<16x16xf32>, %385: tensor<2x16xf32>):
        %386 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %387 = "stablehlo.dynamic_slice"(%363, %343, %386, %386) {slice_sizes = array<i64: 1, 2, 128>} : (tensor<3x2x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x128xf32>
        %388 = "stablehlo.reshape"(%387) : (tensor<1x2x128xf32>) -> tensor<2x128xf32>
        %389 = "stablehlo.dynamic_slice"(%364, %343, %386, %386) {slice_sizes = array<i64: 1, 2, 1>} : (tensor<3x2x1xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1xf32>
        %390 = "stablehlo.reshape"(%389) : (tensor<1x2x1xf32>) -> tensor<2x1xf32>
        %391 = "stablehlo.dynamic_slice"(%365, %343, %386) {slice_sizes = array<i64: 1, 2>} : (tensor<3x2xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2xf32>
        %392 = "stablehlo.reshape"(%391) : (tensor<1x2xf32>) -> tensor<2xf32>
        %393 = "stablehlo.dynamic_slice"(%366, %343, %386) {slice_sizes = array<i64: 1, 2>} : (tensor<3x2xui32>, tensor<i32>, tensor<i32>) -> tensor<1x2xui32>
        %394 = "stablehlo.reshape"(%393) : (tensor<1x2xui32>) -> tensor<2xui32>
        %395 = "stablehlo.negate"(%392) : (tensor<2xf32>) -> tensor<2xf32>
        %396 = "stablehlo.constant"() {value = dense<1.0> : tensor<2xf32>} : () -> tensor<2xf32>
        %397 = "stablehlo.add"(%395, %396) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %398 = "stablehlo.reshape"(%397) : (tensor<2xf32>) -> tensor<2x1xf32>
        %399 = "stablehlo.broadcast_in_dim"(%398) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
        %400 = "stablehlo.multiply"(%344, %399) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %401 = "stablehlo.reshape"(%392) : (tensor<2xf32>) -> tensor<2x1xf32>
        %402 = "stablehlo.broadcast_in_dim"(%401) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
        %403 = "stablehlo.multiply"(%367, %402) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %404 = "stablehlo.add"(%400, %403) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %405 = "stablehlo.reshape"(%397) : (tensor<2xf32>) -> tensor<2x1x1xf32>
        %406 = "stablehlo.broadcast_in_dim"(%405) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x1xf32>) -> tensor<2x4x4xf32>
        %407 = "stablehlo.multiply"(%345, %406) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %408 = "stablehlo.reshape"(%392) : (tensor<2xf32>) -> tensor<2x1x1xf32>
        %409 = "stablehlo.broadcast_in_dim"(%408) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x1xf32>) -> tensor<2x4x4xf32>
        %410 = "stablehlo.multiply"(%368, %409) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %411 = "stablehlo.add"(%407, %410) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %412 = "stablehlo.multiply"(%390, %398) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %413 = "stablehlo.slice"(%394) {start_indices = array<i64: 0>, limit_indices = array<i64: 1>, strides = array<i64: 1>} : (tensor<2xui32>) -> tensor<1xui32>
        %414 = "stablehlo.reshape"(%413) : (tensor<1xui32>) -> tensor<ui32>
        %415 = "stablehlo.slice"(%394) {start_indices = array<i64: 1>, limit_indices = array<i64: 2>, strides = array<i64: 1>} : (tensor<2xui32>) -> tensor<1xui32>
        %416 = "stablehlo.reshape"(%415) : (tensor<1xui32>) -> tensor<ui32>
        %417 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<2xui32>
        %418 = "stablehlo.constant"() {value = dense<1> : tensor<2xui32>} : () -> tensor<2xui32>
        %419 = "stablehlo.xor"(%414, %416) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
        %420 = "stablehlo.constant"() {value = dense<466688986> : tensor<ui32>} : () -> tensor<ui32>
        %421 = "stablehlo.xor"(%419, %420) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
        %422 = "stablehlo.broadcast_in_dim"(%414) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %423 = "stablehlo.broadcast_in_dim"(%416) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %424 = "stablehlo.broadcast_in_dim"(%421) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %425 = "stablehlo.add"(%417, %422) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %426 = "stablehlo.add"(%418, %423) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %427 = "stablehlo.add"(%425, %426) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %428 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
        %429 = "stablehlo.broadcast_in_dim"(%428) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %430 = "stablehlo.shift_left"(%426, %429) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %431 = "stablehlo.constant"() {value = dense<19> : tensor<ui32>} : () -> tensor<ui32>
        %432 = "stablehlo.broadcast_in_dim"(%431) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %433 = "stablehlo.shift_right_logical"(%426, %432) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %434 = "stablehlo.or"(%430, %433) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %435 = "stablehlo.xor"(%434, %427) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %436 = "stablehlo.add"(%427, %435) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %437 = "stablehlo.constant"() {value = dense<15> : tensor<ui32>} : () -> tensor<ui32>
        %438 = "stablehlo.broadcast_in_dim"(%437) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %439 = "stablehlo.shift_left"(%435, %438) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %440 = "stablehlo.constant"() {value = dense<17> : tensor<ui32>} : () -> tensor<ui32>
        %441 = "stablehlo.broadcast_in_dim"(%440) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %442 = "stablehlo.shift_right_logical"(%435, %441) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %443 = "stablehlo.or"(%439, %442) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %444 = "stablehlo.xor"(%443, %436) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %445 = "stablehlo.add"(%436, %444) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %446 = "stablehlo.constant"() {value = dense<26> : tensor<ui32>} : () -> tensor<ui32>
        %447 = "stablehlo.broadcast_in_dim"(%446) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %448 = "stablehlo.shift_left"(%444, %447) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %449 = "stablehlo.constant"() {value = dense<6> : tensor<ui32>} : () -> tensor<ui32>
        %450 = "stablehlo.broadcast_in_dim"(%449) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %451 = "stablehlo.shift_right_logical"(%444, %450) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %452 = "stablehlo.or"(%448, %451) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %453 = "stablehlo.xor"(%452, %445) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %454 = "stablehlo.add"(%445, %453) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %455 = "stablehlo.shift_left"(%453, %450) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %456 = "stablehlo.shift_right_logical"(%453, %447) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %457 = "stablehlo.or"(%455, %456) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %458 = "stablehlo.xor"(%457, %454) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %459 = "stablehlo.add"(%454, %423) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %460 = "stablehlo.add"(%458, %424) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %461 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
        %462 = "stablehlo.broadcast_in_dim"(%461) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %463 = "stablehlo.add"(%460, %462) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %464 = "stablehlo.add"(%459, %463) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %465 = "stablehlo.shift_left"(%463, %441) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %466 = "stablehlo.shift_right_logical"(%463, %438) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %467 = "stablehlo.or"(%465, %466) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %468 = "stablehlo.xor"(%467, %464) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %469 = "stablehlo.add"(%464, %468) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %470 = "stablehlo.constant"() {value = dense<29> : tensor<ui32>} : () -> tensor<ui32>
        %471 = "stablehlo.broadcast_in_dim"(%470) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %472 = "stablehlo.shift_left"(%468, %471) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %473 = "stablehlo.constant"() {value = dense<3> : tensor<ui32>} : () -> tensor<ui32>
        %474 = "stablehlo.broadcast_in_dim"(%473) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %475 = "stablehlo.shift_right_logical"(%468, %474) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %476 = "stablehlo.or"(%472, %475) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %477 = "stablehlo.xor"(%476, %469) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %478 = "stablehlo.add"(%469, %477) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %479 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
        %480 = "stablehlo.broadcast_in_dim"(%479) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %481 = "stablehlo.shift_left"(%477, %480) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %482 = "stablehlo.shift_right_logical"(%477, %480) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %483 = "stablehlo.or"(%481, %482) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %484 = "stablehlo.xor"(%483, %478) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %485 = "stablehlo.add"(%478, %484) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %486 = "stablehlo.constant"() {value = dense<24> : tensor<ui32>} : () -> tensor<ui32>
        %487 = "stablehlo.broadcast_in_dim"(%486) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %488 = "stablehlo.shift_left"(%484, %487) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %489 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
        %490 = "stablehlo.broadcast_in_dim"(%489) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %491 = "stablehlo.shift_right_logical"(%484, %490) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %492 = "stablehlo.or"(%488, %491) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %493 = "stablehlo.xor"(%492, %485) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %494 = "stablehlo.add"(%485, %424) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %495 = "stablehlo.add"(%493, %422) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %496 = "stablehlo.constant"() {value = dense<2> : tensor<ui32>} : () -> tensor<ui32>
        %497 = "stablehlo.broadcast_in_dim"(%496) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %498 = "stablehlo.add"(%495, %497) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %499 = "stablehlo.add"(%494, %498) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %500 = "stablehlo.shift_left"(%498, %429) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %501 = "stablehlo.shift_right_logical"(%498, %432) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %502 = "stablehlo.or"(%500, %501) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %503 = "stablehlo.xor"(%502, %499) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %504 = "stablehlo.add"(%499, %503) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %505 = "stablehlo.shift_left"(%503, %438) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %506 = "stablehlo.shift_right_logical"(%503, %441) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %507 = "stablehlo.or"(%505, %506) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %508 = "stablehlo.xor"(%507, %504) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %509 = "stablehlo.add"(%504, %508) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %510 = "stablehlo.shift_left"(%508, %447) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %511 = "stablehlo.shift_right_logical"(%508, %450) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %512 = "stablehlo.or"(%510, %511) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %513 = "stablehlo.xor"(%512, %509) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %514 = "stablehlo.add"(%509, %513) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %515 = "stablehlo.shift_left"(%513, %450) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %516 = "stablehlo.shift_right_logical"(%513, %447) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %517 = "stablehlo.or"(%515, %516) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %518 = "stablehlo.xor"(%517, %514) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %519 = "stablehlo.add"(%514, %422) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %520 = "stablehlo.add"(%518, %423) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %521 = "stablehlo.add"(%520, %474) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %522 = "stablehlo.add"(%519, %521) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %523 = "stablehlo.shift_left"(%521, %441) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %524 = "stablehlo.shift_right_logical"(%521, %438) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %525 = "stablehlo.or"(%523, %524) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %526 = "stablehlo.xor"(%525, %522) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %527 = "stablehlo.add"(%522, %526) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %528 = "stablehlo.shift_left"(%526, %471) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %529 = "stablehlo.shift_right_logical"(%526, %474) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %530 = "stablehlo.or"(%528, %529) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %531 = "stablehlo.xor"(%530, %527) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %532 = "stablehlo.add"(%527, %531) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %533 = "stablehlo.shift_left"(%531, %480) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %534 = "stablehlo.shift_right_logical"(%531, %480) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %535 = "stablehlo.or"(%533, %534) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %536 = "stablehlo.xor"(%535, %532) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %537 = "stablehlo.add"(%532, %536) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %538 = "stablehlo.shift_left"(%536, %487) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %539 = "stablehlo.shift_right_logical"(%536, %490) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %540 = "stablehlo.or"(%538, %539) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %541 = "stablehlo.xor"(%540, %537) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %542 = "stablehlo.add"(%537, %423) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %543 = "stablehlo.add"(%541, %424) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %544 = "stablehlo.constant"() {value = dense<4> : tensor<ui32>} : () -> tensor<ui32>
        %545 = "stablehlo.broadcast_in_dim"(%544) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %546 = "stablehlo.add"(%543, %545) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %547 = "stablehlo.add"(%542, %546) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %548 = "stablehlo.shift_left"(%546, %429) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %549 = "stablehlo.shift_right_logical"(%546, %432) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %550 = "stablehlo.or"(%548, %549) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %551 = "stablehlo.xor"(%550, %547) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %552 = "stablehlo.add"(%547, %551) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %553 = "stablehlo.shift_left"(%551, %438) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %554 = "stablehlo.shift_right_logical"(%551, %441) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %555 = "stablehlo.or"(%553, %554) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %556 = "stablehlo.xor"(%555, %552) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %557 = "stablehlo.add"(%552, %556) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %558 = "stablehlo.shift_left"(%556, %447) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %559 = "stablehlo.shift_right_logical"(%556, %450) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %560 = "stablehlo.or"(%558, %559) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %561 = "stablehlo.xor"(%560, %557) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %562 = "stablehlo.add"(%557, %561) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %563 = "stablehlo.shift_left"(%561, %450) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %564 = "stablehlo.shift_right_logical"(%561, %447) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %565 = "stablehlo.or"(%563, %564) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %566 = "stablehlo.xor"(%565, %562) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %567 = "stablehlo.add"(%562, %424) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %568 = "stablehlo.add"(%566, %422) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %569 = "stablehlo.constant"() {value = dense<5> : tensor<ui32>} : () -> tensor<ui32>
        %570 = "stablehlo.broadcast_in_dim"(%569) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
        %571 = "stablehlo.add"(%568, %570) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
        %572 = "stablehlo.reshape"(%567) : (tensor<2xui32>) -> tensor<2x1xui32>
        %573 = "stablehlo.reshape"(%571) : (tensor<2xui32>) -> tensor<2x1xui32>
        %574 = "stablehlo.concatenate"(%572, %573) {dimension = 1 : i64} : (tensor<2x1xui32>, tensor<2x1xui32>) -> tensor<2x2xui32>
        %575 = "stablehlo.slice"(%574) {start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 2>, strides = array<i64: 1, 1>} : (tensor<2x2xui32>) -> tensor<1x2xui32>
        %576 = "stablehlo.reshape"(%575) : (tensor<1x2xui32>) -> tensor<2xui32>
        %577 = "stablehlo.slice"(%574) {start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 2>, strides = array<i64: 1, 1>} : (tensor<2x2xui32>) -> tensor<1x2xui32>
        %578 = "stablehlo.reshape"(%577) : (tensor<1x2xui32>) -> tensor<2xui32>
        %579 = "stablehlo.abs"(%412) : (tensor<2x1xf32>) -> tensor<2x1xf32>
        %580 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
        %581 = "stablehlo.broadcast_in_dim"(%580) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x1xf32>
        %582 = "stablehlo.maximum"(%579, %581) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %583 = "stablehlo.divide"(%581, %582) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %584 = "stablehlo.multiply"(%412, %583) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %585 = "stablehlo.reshape"(%411) : (tensor<2x4x4xf32>) -> tensor<2x16xf32>
        %586 = "stablehlo.concatenate"(%585, %584) {dimension = 1 : i64} : (tensor<2x16xf32>, tensor<2x1xf32>) -> tensor<2x17xf32>
        %587 = "stablehlo.dot_general"(%586, %370) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x17xf32>, tensor<17x16xf32>) -> tensor<2x16xf32>
        %588 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %589 = "stablehlo.reduce"(%587, %588) ({
        ^bb0(%590: tensor<f32>, %591: tensor<f32>):
            %592 = "stablehlo.add"(%590, %591) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%592) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %593 = "stablehlo.reshape"(%589) : (tensor<2xf32>) -> tensor<2x1xf32>
        %594 = "stablehlo.constant"() {value = dense<16.0> : tensor<2x1xf32>} : () -> tensor<2x1xf32>
        %595 = "stablehlo.divide"(%593, %594) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %596 = "stablehlo.broadcast_in_dim"(%595) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
        %597 = "stablehlo.subtract"(%587, %596) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %598 = "stablehlo.multiply"(%597, %597) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %599 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %600 = "stablehlo.reduce"(%598, %599) ({
        ^bb0(%601: tensor<f32>, %602: tensor<f32>):
            %603 = "stablehlo.add"(%601, %602) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%603) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %604 = "stablehlo.reshape"(%600) : (tensor<2xf32>) -> tensor<2x1xf32>
        %605 = "stablehlo.divide"(%604, %594) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %606 = "stablehlo.constant"() {value = dense<0.001> : tensor<2x1xf32>} : () -> tensor<2x1xf32>
        %607 = "stablehlo.add"(%605, %606) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %608 = "stablehlo.rsqrt"(%607) : (tensor<2x1xf32>) -> tensor<2x1xf32>
        %609 = "stablehlo.broadcast_in_dim"(%608) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
        %610 = "stablehlo.multiply"(%597, %609) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %611 = "stablehlo.multiply"(%610, %371) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %612 = "stablehlo.add"(%611, %372) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %613 = "stablehlo.logistic"(%612) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %614 = "stablehlo.multiply"(%612, %613) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %615 = "stablehlo.concatenate"(%404, %614) {dimension = 1 : i64} : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x32xf32>
        %616 = "stablehlo.dot_general"(%615, %373) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x32xf32>, tensor<32x48xf32>) -> tensor<2x48xf32>
        %617 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %618 = "stablehlo.reduce"(%616, %617) ({
        ^bb0(%619: tensor<f32>, %620: tensor<f32>):
            %621 = "stablehlo.add"(%619, %620) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%621) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x48xf32>, tensor<f32>) -> tensor<2xf32>
        %622 = "stablehlo.reshape"(%618) : (tensor<2xf32>) -> tensor<2x1xf32>
        %623 = "stablehlo.constant"() {value = dense<48.0> : tensor<2x1xf32>} : () -> tensor<2x1xf32>
        %624 = "stablehlo.divide"(%622, %623) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %625 = "stablehlo.broadcast_in_dim"(%624) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x48xf32>
        %626 = "stablehlo.subtract"(%616, %625) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %627 = "stablehlo.multiply"(%626, %626) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %628 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %629 = "stablehlo.reduce"(%627, %628) ({
        ^bb0(%630: tensor<f32>, %631: tensor<f32>):
            %632 = "stablehlo.add"(%630, %631) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%632) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x48xf32>, tensor<f32>) -> tensor<2xf32>
        %633 = "stablehlo.reshape"(%629) : (tensor<2xf32>) -> tensor<2x1xf32>
        %634 = "stablehlo.divide"(%633, %623) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %635 = "stablehlo.add"(%634, %606) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %636 = "stablehlo.rsqrt"(%635) : (tensor<2x1xf32>) -> tensor<2x1xf32>
        %637 = "stablehlo.broadcast_in_dim"(%636) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x48xf32>
        %638 = "stablehlo.multiply"(%626, %637) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %639 = "stablehlo.multiply"(%638, %374) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %640 = "stablehlo.add"(%639, %375) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %641 = "stablehlo.slice"(%640) {start_indices = array<i64: 0, 0>, limit_indices = array<i64: 2, 16>, strides = array<i64: 1, 1>} : (tensor<2x48xf32>) -> tensor<2x16xf32>
        %642 = "stablehlo.logistic"(%641) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %643 = "stablehlo.slice"(%640) {start_indices = array<i64: 0, 16>, limit_indices = array<i64: 2, 32>, strides = array<i64: 1, 1>} : (tensor<2x48xf32>) -> tensor<2x16xf32>
        %644 = "stablehlo.multiply"(%642, %643) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %645 = "stablehlo.tanh"(%644) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %646 = "stablehlo.slice"(%640) {start_indices = array<i64: 0, 32>, limit_indices = array<i64: 2, 48>, strides = array<i64: 1, 1>} : (tensor<2x48xf32>) -> tensor<2x16xf32>
        %647 = "stablehlo.constant"() {value = dense<1.0> : tensor<2x16xf32>} : () -> tensor<2x16xf32>
        %648 = "stablehlo.subtract"(%646, %647) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %649 = "stablehlo.logistic"(%648) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %650 = "stablehlo.multiply"(%649, %645) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %651 = "stablehlo.negate"(%649) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %652 = "stablehlo.add"(%651, %647) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %653 = "stablehlo.multiply"(%652, %404) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %654 = "stablehlo.add"(%650, %653) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %655 = "stablehlo.dot_general"(%654, %376) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x16xf32>, tensor<16x16xf32>) -> tensor<2x16xf32>
        %656 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %657 = "stablehlo.reduce"(%655, %656) ({
        ^bb0(%658: tensor<f32>, %659: tensor<f32>):
            %660 = "stablehlo.add"(%658, %659) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%660) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %661 = "stablehlo.reshape"(%657) : (tensor<2xf32>) -> tensor<2x1xf32>
        %662 = "stablehlo.divide"(%661, %594) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %663 = "stablehlo.broadcast_in_dim"(%662) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
        %664 = "stablehlo.subtract"(%655, %663) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %665 = "stablehlo.multiply"(%664, %664) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %666 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %667 = "stablehlo.reduce"(%665, %666) ({
        ^bb0(%668: tensor<f32>, %669: tensor<f32>):
            %670 = "stablehlo.add"(%668, %669) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%670) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %671 = "stablehlo.reshape"(%667) : (tensor<2xf32>) -> tensor<2x1xf32>
        %672 = "stablehlo.divide"(%671, %594) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %673 = "stablehlo.add"(%672, %606) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %674 = "stablehlo.rsqrt"(%673) : (tensor<2x1xf32>) -> tensor<2x1xf32>
        %675 = "stablehlo.broadcast_in_dim"(%674) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
        %676 = "stablehlo.multiply"(%664, %675) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %677 = "stablehlo.multiply"(%676, %377) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %678 = "stablehlo.add"(%677, %378) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %679 = "stablehlo.logistic"(%678) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %680 = "stablehlo.multiply"(%678, %679) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %681 = "stablehlo.dot_general"(%680, %379) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x16xf32>, tensor<16x16xf32>) -> tensor<2x16xf32>
        %682 = "stablehlo.add"(%681, %380) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %683 = "stablehlo.reshape"(%682) : (tensor<2x16xf32>) -> tensor<2x4x4xf32>
        %684 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %685 = "stablehlo.reduce"(%683, %684) ({
        ^bb0(%686: tensor<f32>, %687: tensor<f32>):
            %688 = "stablehlo.maximum"(%686, %687) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%688) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %689 = "stablehlo.reshape"(%685) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %690 = "stablehlo.broadcast_in_dim"(%689) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
        %691 = "stablehlo.subtract"(%683, %690) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %692 = "stablehlo.exponential"(%691) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %693 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %694 = "stablehlo.reduce"(%692, %693) ({
        ^bb0(%695: tensor<f32>, %696: tensor<f32>):
            %697 = "stablehlo.add"(%695, %696) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%697) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %698 = "stablehlo.reshape"(%694) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %699 = "stablehlo.broadcast_in_dim"(%698) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
        %700 = "stablehlo.divide"(%692, %699) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %701 = "stablehlo.constant"() {value = dense<0.99> : tensor<2x4x4xf32>} : () -> tensor<2x4x4xf32>
        %702 = "stablehlo.multiply"(%700, %701) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %703 = "stablehlo.constant"() {value = dense<0.0025> : tensor<2x4x4xf32>} : () -> tensor<2x4x4xf32>
        %704 = "stablehlo.add"(%702, %703) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %705 = "stablehlo.log"(%704) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %706 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %707 = "stablehlo.reduce"(%705, %706) ({
        ^bb0(%708: tensor<f32>, %709: tensor<f32>):
            %710 = "stablehlo.maximum"(%708, %709) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%710) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %711 = "stablehlo.reshape"(%707) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %712 = "stablehlo.broadcast_in_dim"(%711) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
        %713 = "stablehlo.subtract"(%705, %712) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %714 = "stablehlo.exponential"(%713) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %715 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %716 = "stablehlo.reduce"(%714, %715) ({
        ^bb0(%717: tensor<f32>, %718: tensor<f32>):
            %719 = "stablehlo.add"(%717, %718) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%719) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %720 = "stablehlo.reshape"(%716) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %721 = "stablehlo.log"(%720) : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
        %722 = "stablehlo.broadcast_in_dim"(%721) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
        %723 = "stablehlo.subtract"(%713, %722) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %724 = "stablehlo.slice"(%576) {start_indices = array<i64: 0>, limit_indices = array<i64: 1>, strides = array<i64: 1>} : (tensor<2xui32>) -> tensor<1xui32>
        %725 = "stablehlo.reshape"(%724) : (tensor<1xui32>) -> tensor<ui32>
        %726 = "stablehlo.slice"(%576) {start_indices = array<i64: 1>, limit_indices = array<i64: 2>, strides = array<i64: 1>} : (tensor<2xui32>) -> tensor<1xui32>
        %727 = "stablehlo.reshape"(%726) : (tensor<1xui32>) -> tensor<ui32>
        %728 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<16xui32>
        %729 = "stablehlo.constant"() {value = dense<0> : tensor<16xui32>} : () -> tensor<16xui32>
        %730 = "stablehlo.xor"(%725, %727) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
        %731 = "stablehlo.xor"(%730, %420) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
        %732 = "stablehlo.broadcast_in_dim"(%725) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %733 = "stablehlo.broadcast_in_dim"(%727) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %734 = "stablehlo.broadcast_in_dim"(%731) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %735 = "stablehlo.add"(%728, %732) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %736 = "stablehlo.add"(%729, %733) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %737 = "stablehlo.add"(%735, %736) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %738 = "stablehlo.broadcast_in_dim"(%428) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %739 = "stablehlo.shift_left"(%736, %738) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %740 = "stablehlo.broadcast_in_dim"(%431) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %741 = "stablehlo.shift_right_logical"(%736, %740) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %742 = "stablehlo.or"(%739, %741) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %743 = "stablehlo.xor"(%742, %737) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %744 = "stablehlo.add"(%737, %743) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %745 = "stablehlo.broadcast_in_dim"(%437) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %746 = "stablehlo.shift_left"(%743, %745) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %747 = "stablehlo.broadcast_in_dim"(%440) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %748 = "stablehlo.shift_right_logical"(%743, %747) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %749 = "stablehlo.or"(%746, %748) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %750 = "stablehlo.xor"(%749, %744) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %751 = "stablehlo.add"(%744, %750) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %752 = "stablehlo.broadcast_in_dim"(%446) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %753 = "stablehlo.shift_left"(%750, %752) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %754 = "stablehlo.broadcast_in_dim"(%449) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %755 = "stablehlo.shift_right_logical"(%750, %754) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %756 = "stablehlo.or"(%753, %755) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %757 = "stablehlo.xor"(%756, %751) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %758 = "stablehlo.add"(%751, %757) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %759 = "stablehlo.shift_left"(%757, %754) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %760 = "stablehlo.shift_right_logical"(%757, %752) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %761 = "stablehlo.or"(%759, %760) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %762 = "stablehlo.xor"(%761, %758) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %763 = "stablehlo.add"(%758, %733) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %764 = "stablehlo.add"(%762, %734) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %765 = "stablehlo.broadcast_in_dim"(%461) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %766 = "stablehlo.add"(%764, %765) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %767 = "stablehlo.add"(%763, %766) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %768 = "stablehlo.shift_left"(%766, %747) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %769 = "stablehlo.shift_right_logical"(%766, %745) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %770 = "stablehlo.or"(%768, %769) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %771 = "stablehlo.xor"(%770, %767) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %772 = "stablehlo.add"(%767, %771) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %773 = "stablehlo.broadcast_in_dim"(%470) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %774 = "stablehlo.shift_left"(%771, %773) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %775 = "stablehlo.broadcast_in_dim"(%473) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %776 = "stablehlo.shift_right_logical"(%771, %775) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %777 = "stablehlo.or"(%774, %776) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %778 = "stablehlo.xor"(%777, %772) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %779 = "stablehlo.add"(%772, %778) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %780 = "stablehlo.broadcast_in_dim"(%479) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %781 = "stablehlo.shift_left"(%778, %780) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %782 = "stablehlo.shift_right_logical"(%778, %780) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %783 = "stablehlo.or"(%781, %782) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %784 = "stablehlo.xor"(%783, %779) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %785 = "stablehlo.add"(%779, %784) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %786 = "stablehlo.broadcast_in_dim"(%486) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %787 = "stablehlo.shift_left"(%784, %786) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %788 = "stablehlo.broadcast_in_dim"(%489) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %789 = "stablehlo.shift_right_logical"(%784, %788) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %790 = "stablehlo.or"(%787, %789) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %791 = "stablehlo.xor"(%790, %785) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %792 = "stablehlo.add"(%785, %734) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %793 = "stablehlo.add"(%791, %732) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %794 = "stablehlo.broadcast_in_dim"(%496) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %795 = "stablehlo.add"(%793, %794) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %796 = "stablehlo.add"(%792, %795) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %797 = "stablehlo.shift_left"(%795, %738) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %798 = "stablehlo.shift_right_logical"(%795, %740) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %799 = "stablehlo.or"(%797, %798) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %800 = "stablehlo.xor"(%799, %796) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %801 = "stablehlo.add"(%796, %800) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %802 = "stablehlo.shift_left"(%800, %745) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %803 = "stablehlo.shift_right_logical"(%800, %747) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %804 = "stablehlo.or"(%802, %803) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %805 = "stablehlo.xor"(%804, %801) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %806 = "stablehlo.add"(%801, %805) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %807 = "stablehlo.shift_left"(%805, %752) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %808 = "stablehlo.shift_right_logical"(%805, %754) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %809 = "stablehlo.or"(%807, %808) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %810 = "stablehlo.xor"(%809, %806) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %811 = "stablehlo.add"(%806, %810) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %812 = "stablehlo.shift_left"(%810, %754) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %813 = "stablehlo.shift_right_logical"(%810, %752) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %814 = "stablehlo.or"(%812, %813) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %815 = "stablehlo.xor"(%814, %811) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %816 = "stablehlo.add"(%811, %732) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %817 = "stablehlo.add"(%815, %733) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %818 = "stablehlo.add"(%817, %775) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %819 = "stablehlo.add"(%816, %818) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %820 = "stablehlo.shift_left"(%818, %747) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %821 = "stablehlo.shift_right_logical"(%818, %745) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %822 = "stablehlo.or"(%820, %821) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %823 = "stablehlo.xor"(%822, %819) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %824 = "stablehlo.add"(%819, %823) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %825 = "stablehlo.shift_left"(%823, %773) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %826 = "stablehlo.shift_right_logical"(%823, %775) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %827 = "stablehlo.or"(%825, %826) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %828 = "stablehlo.xor"(%827, %824) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %829 = "stablehlo.add"(%824, %828) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %830 = "stablehlo.shift_left"(%828, %780) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %831 = "stablehlo.shift_right_logical"(%828, %780) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %832 = "stablehlo.or"(%830, %831) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %833 = "stablehlo.xor"(%832, %829) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %834 = "stablehlo.add"(%829, %833) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %835 = "stablehlo.shift_left"(%833, %786) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %836 = "stablehlo.shift_right_logical"(%833, %788) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %837 = "stablehlo.or"(%835, %836) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %838 = "stablehlo.xor"(%837, %834) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %839 = "stablehlo.add"(%834, %733) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %840 = "stablehlo.add"(%838, %734) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %841 = "stablehlo.broadcast_in_dim"(%544) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %842 = "stablehlo.add"(%840, %841) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %843 = "stablehlo.add"(%839, %842) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %844 = "stablehlo.shift_left"(%842, %738) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %845 = "stablehlo.shift_right_logical"(%842, %740) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %846 = "stablehlo.or"(%844, %845) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %847 = "stablehlo.xor"(%846, %843) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %848 = "stablehlo.add"(%843, %847) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %849 = "stablehlo.shift_left"(%847, %745) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %850 = "stablehlo.shift_right_logical"(%847, %747) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %851 = "stablehlo.or"(%849, %850) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %852 = "stablehlo.xor"(%851, %848) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %853 = "stablehlo.add"(%848, %852) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %854 = "stablehlo.shift_left"(%852, %752) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %855 = "stablehlo.shift_right_logical"(%852, %754) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %856 = "stablehlo.or"(%854, %855) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %857 = "stablehlo.xor"(%856, %853) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %858 = "stablehlo.add"(%853, %857) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %859 = "stablehlo.shift_left"(%857, %754) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %860 = "stablehlo.shift_right_logical"(%857, %752) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %861 = "stablehlo.or"(%859, %860) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %862 = "stablehlo.xor"(%861, %858) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %863 = "stablehlo.add"(%858, %734) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %864 = "stablehlo.add"(%862, %732) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %865 = "stablehlo.broadcast_in_dim"(%569) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %866 = "stablehlo.add"(%864, %865) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %867 = "stablehlo.concatenate"(%863, %866) {dimension = 0 : i64} : (tensor<16xui32>, tensor<16xui32>) -> tensor<32xui32>
        %868 = "stablehlo.slice"(%867) {start_indices = array<i64: 0>, limit_indices = array<i64: 32>, strides = array<i64: 1>} : (tensor<32xui32>) -> tensor<32xui32>
        %869 = "stablehlo.reshape"(%868) : (tensor<32xui32>) -> tensor<2x4x4xui32>
        %870 = "stablehlo.broadcast_in_dim"(%489) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2x4x4xui32>
        %871 = "stablehlo.shift_right_logical"(%869, %870) : (tensor<2x4x4xui32>, tensor<2x4x4xui32>) -> tensor<2x4x4xui32>
        %872 = "stablehlo.convert"(%871) : (tensor<2x4x4xui32>) -> tensor<2x4x4xf32>
        %873 = "stablehlo.constant"() {value = dense<0.5> : tensor<2x4x4xf32>} : () -> tensor<2x4x4xf32>
        %874 = "stablehlo.add"(%872, %873) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %875 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<2x4x4xf32>} : () -> tensor<2x4x4xf32>
        %876 = "stablehlo.multiply"(%874, %875) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %877 = "stablehlo.log"(%876) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %878 = "stablehlo.negate"(%877) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %879 = "stablehlo.log"(%878) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %880 = "stablehlo.negate"(%879) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %881 = "stablehlo.add"(%723, %880) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %882 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %883 = "stablehlo.reduce"(%881, %882) ({
        ^bb0(%884: tensor<f32>, %885: tensor<f32>):
            %886 = "stablehlo.maximum"(%884, %885) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%886) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %887 = "stablehlo.broadcast_in_dim"(%883) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x4xf32>) -> tensor<2x4x4xf32>
        %888 = "stablehlo.compare"(%881, %887) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xi1>
        %889 = "stablehlo.iota"() {iota_dimension = 2 : i64} : () -> tensor<2x4x4xi32>
        %890 = "stablehlo.constant"() {value = dense<4> : tensor<2x4x4xi32>} : () -> tensor<2x4x4xi32>
        %891 = "stablehlo.select"(%888, %889, %890) : (tensor<2x4x4xi1>, tensor<2x4x4xi32>, tensor<2x4x4xi32>) -> tensor<2x4x4xi32>
        %892 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %893 = "stablehlo.reduce"(%891, %892) ({
        ^bb0(%894: tensor<i32>, %895: tensor<i32>):
            %896 = "stablehlo.minimum"(%894, %895) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%896) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xi32>, tensor<i32>) -> tensor<2x4xi32>
        %897 = "stablehlo.broadcast_in_dim"(%893) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x4xi32>) -> tensor<2x4x4xi32>
        %898 = "stablehlo.compare"(%897, %889) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x4x4xi32>, tensor<2x4x4xi32>) -> tensor<2x4x4xi1>
        %899 = "stablehlo.convert"(%898) : (tensor<2x4x4xi1>) -> tensor<2x4x4xf32>
        %900 = "stablehlo.exponential"(%723) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %901 = "stablehlo.add"(%899, %900) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %902 = "stablehlo.subtract"(%901, %900) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %903 = "stablehlo.concatenate"(%654, %388) {dimension = 1 : i64} : (tensor<2x16xf32>, tensor<2x128xf32>) -> tensor<2x144xf32>
        %904 = "stablehlo.dot_general"(%903, %381) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x144xf32>, tensor<144x16xf32>) -> tensor<2x16xf32>
        %905 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %906 = "stablehlo.reduce"(%904, %905) ({
        ^bb0(%907: tensor<f32>, %908: tensor<f32>):
            %909 = "stablehlo.add"(%907, %908) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%909) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %910 = "stablehlo.reshape"(%906) : (tensor<2xf32>) -> tensor<2x1xf32>
        %911 = "stablehlo.divide"(%910, %594) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %912 = "stablehlo.broadcast_in_dim"(%911) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
        %913 = "stablehlo.subtract"(%904, %912) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %914 = "stablehlo.multiply"(%913, %913) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %915 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %916 = "stablehlo.reduce"(%914, %915) ({
        ^bb0(%917: tensor<f32>, %918: tensor<f32>):
            %919 = "stablehlo.add"(%917, %918) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%919) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %920 = "stablehlo.reshape"(%916) : (tensor<2xf32>) -> tensor<2x1xf32>
        %921 = "stablehlo.divide"(%920, %594) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %922 = "stablehlo.add"(%921, %606) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %923 = "stablehlo.rsqrt"(%922) : (tensor<2x1xf32>) -> tensor<2x1xf32>
        %924 = "stablehlo.broadcast_in_dim"(%923) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
        %925 = "stablehlo.multiply"(%913, %924) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %926 = "stablehlo.multiply"(%925, %382) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %927 = "stablehlo.add"(%926, %383) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %928 = "stablehlo.logistic"(%927) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %929 = "stablehlo.multiply"(%927, %928) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %930 = "stablehlo.dot_general"(%929, %384) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x16xf32>, tensor<16x16xf32>) -> tensor<2x16xf32>
        %931 = "stablehlo.add"(%930, %385) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %932 = "stablehlo.reshape"(%931) : (tensor<2x16xf32>) -> tensor<2x4x4xf32>
        %933 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %934 = "stablehlo.reduce"(%932, %933) ({
        ^bb0(%935: tensor<f32>, %936: tensor<f32>):
            %937 = "stablehlo.maximum"(%935, %936) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%937) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %938 = "stablehlo.reshape"(%934) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %939 = "stablehlo.broadcast_in_dim"(%938) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
        %940 = "stablehlo.subtract"(%932, %939) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %941 = "stablehlo.exponential"(%940) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %942 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %943 = "stablehlo.reduce"(%941, %942) ({
        ^bb0(%944: tensor<f32>, %945: tensor<f32>):
            %946 = "stablehlo.add"(%944, %945) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%946) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %947 = "stablehlo.reshape"(%943) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %948 = "stablehlo.broadcast_in_dim"(%947) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
        %949 = "stablehlo.divide"(%941, %948) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %950 = "stablehlo.multiply"(%949, %701) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %951 = "stablehlo.add"(%950, %703) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %952 = "stablehlo.log"(%951) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %953 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %954 = "stablehlo.reduce"(%952, %953) ({
        ^bb0(%955: tensor<f32>, %956: tensor<f32>):
            %957 = "stablehlo.maximum"(%955, %956) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%957) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %958 = "stablehlo.reshape"(%954) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %959 = "stablehlo.broadcast_in_dim"(%958) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
        %960 = "stablehlo.subtract"(%952, %959) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %961 = "stablehlo.exponential"(%960) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %962 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %963 = "stablehlo.reduce"(%961, %962) ({
        ^bb0(%964: tensor<f32>, %965: tensor<f32>):
            %966 = "stablehlo.add"(%964, %965) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%966) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %967 = "stablehlo.reshape"(%963) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %968 = "stablehlo.log"(%967) : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
        %969 = "stablehlo.broadcast_in_dim"(%968) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
        %970 = "stablehlo.subtract"(%960, %969) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %971 = "stablehlo.slice"(%578) {start_indices = array<i64: 0>, limit_indices = array<i64: 1>, strides = array<i64: 1>} : (tensor<2xui32>) -> tensor<1xui32>
        %972 = "stablehlo.reshape"(%971) : (tensor<1xui32>) -> tensor<ui32>
        %973 = "stablehlo.slice"(%578) {start_indices = array<i64: 1>, limit_indices = array<i64: 2>, strides = array<i64: 1>} : (tensor<2xui32>) -> tensor<1xui32>
        %974 = "stablehlo.reshape"(%973) : (tensor<1xui32>) -> tensor<ui32>
        %975 = "stablehlo.xor"(%972, %974) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
        %976 = "stablehlo.xor"(%975, %420) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
        %977 = "stablehlo.broadcast_in_dim"(%972) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %978 = "stablehlo.broadcast_in_dim"(%974) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %979 = "stablehlo.broadcast_in_dim"(%976) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<16xui32>
        %980 = "stablehlo.add"(%728, %977) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %981 = "stablehlo.add"(%729, %978) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %982 = "stablehlo.add"(%980, %981) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %983 = "stablehlo.shift_left"(%981, %738) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %984 = "stablehlo.shift_right_logical"(%981, %740) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %985 = "stablehlo.or"(%983, %984) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %986 = "stablehlo.xor"(%985, %982) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %987 = "stablehlo.add"(%982, %986) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %988 = "stablehlo.shift_left"(%986, %745) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %989 = "stablehlo.shift_right_logical"(%986, %747) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %990 = "stablehlo.or"(%988, %989) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %991 = "stablehlo.xor"(%990, %987) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %992 = "stablehlo.add"(%987, %991) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %993 = "stablehlo.shift_left"(%991, %752) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %994 = "stablehlo.shift_right_logical"(%991, %754) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %995 = "stablehlo.or"(%993, %994) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %996 = "stablehlo.xor"(%995, %992) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %997 = "stablehlo.add"(%992, %996) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %998 = "stablehlo.shift_left"(%996, %754) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %999 = "stablehlo.shift_right_logical"(%996, %752) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1000 = "stablehlo.or"(%998, %999) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1001 = "stablehlo.xor"(%1000, %997) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1002 = "stablehlo.add"(%997, %978) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1003 = "stablehlo.add"(%1001, %979) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1004 = "stablehlo.add"(%1003, %765) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1005 = "stablehlo.add"(%1002, %1004) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1006 = "stablehlo.shift_left"(%1004, %747) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1007 = "stablehlo.shift_right_logical"(%1004, %745) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1008 = "stablehlo.or"(%1006, %1007) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1009 = "stablehlo.xor"(%1008, %1005) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1010 = "stablehlo.add"(%1005, %1009) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1011 = "stablehlo.shift_left"(%1009, %773) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1012 = "stablehlo.shift_right_logical"(%1009, %775) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1013 = "stablehlo.or"(%1011, %1012) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1014 = "stablehlo.xor"(%1013, %1010) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1015 = "stablehlo.add"(%1010, %1014) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1016 = "stablehlo.shift_left"(%1014, %780) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1017 = "stablehlo.shift_right_logical"(%1014, %780) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1018 = "stablehlo.or"(%1016, %1017) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1019 = "stablehlo.xor"(%1018, %1015) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1020 = "stablehlo.add"(%1015, %1019) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1021 = "stablehlo.shift_left"(%1019, %786) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1022 = "stablehlo.shift_right_logical"(%1019, %788) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1023 = "stablehlo.or"(%1021, %1022) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1024 = "stablehlo.xor"(%1023, %1020) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1025 = "stablehlo.add"(%1020, %979) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1026 = "stablehlo.add"(%1024, %977) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1027 = "stablehlo.add"(%1026, %794) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1028 = "stablehlo.add"(%1025, %1027) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1029 = "stablehlo.shift_left"(%1027, %738) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1030 = "stablehlo.shift_right_logical"(%1027, %740) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1031 = "stablehlo.or"(%1029, %1030) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1032 = "stablehlo.xor"(%1031, %1028) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1033 = "stablehlo.add"(%1028, %1032) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1034 = "stablehlo.shift_left"(%1032, %745) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1035 = "stablehlo.shift_right_logical"(%1032, %747) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1036 = "stablehlo.or"(%1034, %1035) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1037 = "stablehlo.xor"(%1036, %1033) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1038 = "stablehlo.add"(%1033, %1037) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1039 = "stablehlo.shift_left"(%1037, %752) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1040 = "stablehlo.shift_right_logical"(%1037, %754) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1041 = "stablehlo.or"(%1039, %1040) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1042 = "stablehlo.xor"(%1041, %1038) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1043 = "stablehlo.add"(%1038, %1042) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1044 = "stablehlo.shift_left"(%1042, %754) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1045 = "stablehlo.shift_right_logical"(%1042, %752) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1046 = "stablehlo.or"(%1044, %1045) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1047 = "stablehlo.xor"(%1046, %1043) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1048 = "stablehlo.add"(%1043, %977) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1049 = "stablehlo.add"(%1047, %978) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1050 = "stablehlo.add"(%1049, %775) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1051 = "stablehlo.add"(%1048, %1050) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1052 = "stablehlo.shift_left"(%1050, %747) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1053 = "stablehlo.shift_right_logical"(%1050, %745) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1054 = "stablehlo.or"(%1052, %1053) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1055 = "stablehlo.xor"(%1054, %1051) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1056 = "stablehlo.add"(%1051, %1055) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1057 = "stablehlo.shift_left"(%1055, %773) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1058 = "stablehlo.shift_right_logical"(%1055, %775) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1059 = "stablehlo.or"(%1057, %1058) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1060 = "stablehlo.xor"(%1059, %1056) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1061 = "stablehlo.add"(%1056, %1060) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1062 = "stablehlo.shift_left"(%1060, %780) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1063 = "stablehlo.shift_right_logical"(%1060, %780) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1064 = "stablehlo.or"(%1062, %1063) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1065 = "stablehlo.xor"(%1064, %1061) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1066 = "stablehlo.add"(%1061, %1065) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1067 = "stablehlo.shift_left"(%1065, %786) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1068 = "stablehlo.shift_right_logical"(%1065, %788) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1069 = "stablehlo.or"(%1067, %1068) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1070 = "stablehlo.xor"(%1069, %1066) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1071 = "stablehlo.add"(%1066, %978) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1072 = "stablehlo.add"(%1070, %979) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1073 = "stablehlo.add"(%1072, %841) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1074 = "stablehlo.add"(%1071, %1073) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1075 = "stablehlo.shift_left"(%1073, %738) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1076 = "stablehlo.shift_right_logical"(%1073, %740) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1077 = "stablehlo.or"(%1075, %1076) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1078 = "stablehlo.xor"(%1077, %1074) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1079 = "stablehlo.add"(%1074, %1078) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1080 = "stablehlo.shift_left"(%1078, %745) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1081 = "stablehlo.shift_right_logical"(%1078, %747) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1082 = "stablehlo.or"(%1080, %1081) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1083 = "stablehlo.xor"(%1082, %1079) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1084 = "stablehlo.add"(%1079, %1083) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1085 = "stablehlo.shift_left"(%1083, %752) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1086 = "stablehlo.shift_right_logical"(%1083, %754) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1087 = "stablehlo.or"(%1085, %1086) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1088 = "stablehlo.xor"(%1087, %1084) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1089 = "stablehlo.add"(%1084, %1088) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1090 = "stablehlo.shift_left"(%1088, %754) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1091 = "stablehlo.shift_right_logical"(%1088, %752) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1092 = "stablehlo.or"(%1090, %1091) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1093 = "stablehlo.xor"(%1092, %1089) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1094 = "stablehlo.add"(%1089, %979) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1095 = "stablehlo.add"(%1093, %977) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1096 = "stablehlo.add"(%1095, %865) : (tensor<16xui32>, tensor<16xui32>) -> tensor<16xui32>
        %1097 = "stablehlo.concatenate"(%1094, %1096) {dimension = 0 : i64} : (tensor<16xui32>, tensor<16xui32>) -> tensor<32xui32>
        %1098 = "stablehlo.slice"(%1097) {start_indices = array<i64: 0>, limit_indices = array<i64: 32>, strides = array<i64: 1>} : (tensor<32xui32>) -> tensor<32xui32>
        %1099 = "stablehlo.reshape"(%1098) : (tensor<32xui32>) -> tensor<2x4x4xui32>
        %1100 = "stablehlo.shift_right_logical"(%1099, %870) : (tensor<2x4x4xui32>, tensor<2x4x4xui32>) -> tensor<2x4x4xui32>
        %1101 = "stablehlo.convert"(%1100) : (tensor<2x4x4xui32>) -> tensor<2x4x4xf32>
        %1102 = "stablehlo.add"(%1101, %873) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1103 = "stablehlo.multiply"(%1102, %875) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1104 = "stablehlo.log"(%1103) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1105 = "stablehlo.negate"(%1104) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1106 = "stablehlo.log"(%1105) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1107 = "stablehlo.negate"(%1106) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1108 = "stablehlo.add"(%970, %1107) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1109 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %1110 = "stablehlo.reduce"(%1108, %1109) ({
        ^bb0(%1111: tensor<f32>, %1112: tensor<f32>):
            %1113 = "stablehlo.maximum"(%1111, %1112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1113) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %1114 = "stablehlo.broadcast_in_dim"(%1110) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x4xf32>) -> tensor<2x4x4xf32>
        %1115 = "stablehlo.compare"(%1108, %1114) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xi1>
        %1116 = "stablehlo.select"(%1115, %889, %890) : (tensor<2x4x4xi1>, tensor<2x4x4xi32>, tensor<2x4x4xi32>) -> tensor<2x4x4xi32>
        %1117 = "stablehlo.constant"() {value = dense<2147483647> : tensor<i32>} : () -> tensor<i32>
        %1118 = "stablehlo.reduce"(%1116, %1117) ({
        ^bb0(%1119: tensor<i32>, %1120: tensor<i32>):
            %1121 = "stablehlo.minimum"(%1119, %1120) : (tensor<i32>, tensor<i32>) -> tensor<i32>
            "stablehlo.return"(%1121) : (tensor<i32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xi32>, tensor<i32>) -> tensor<2x4xi32>
        %1122 = "stablehlo.broadcast_in_dim"(%1118) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x4xi32>) -> tensor<2x4x4xi32>
        %1123 = "stablehlo.compare"(%1122, %889) {comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<2x4x4xi32>, tensor<2x4x4xi32>) -> tensor<2x4x4xi1>
        %1124 = "stablehlo.convert"(%1123) : (tensor<2x4x4xi1>) -> tensor<2x4x4xf32>
        %1125 = "stablehlo.exponential"(%970) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1126 = "stablehlo.add"(%1124, %1125) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1127 = "stablehlo.subtract"(%1126, %1125) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1128 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %1129 = "stablehlo.add"(%343, %1128) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1130 = "stablehlo.reshape"(%654) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %1131 = "stablehlo.dynamic_update_slice"(%347, %1130, %343, %386, %386) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        %1132 = "stablehlo.reshape"(%1127) : (tensor<2x4x4xf32>) -> tensor<1x2x4x4xf32>
        %1133 = "stablehlo.dynamic_update_slice"(%348, %1132, %343, %386, %386, %386) : (tensor<3x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x4x4xf32>
        %1134 = "stablehlo.reshape"(%952) : (tensor<2x4x4xf32>) -> tensor<1x2x4x4xf32>
        %1135 = "stablehlo.dynamic_update_slice"(%349, %1134, %343, %386, %386, %386) : (tensor<3x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x4x4xf32>
        %1136 = "stablehlo.reshape"(%902) : (tensor<2x4x4xf32>) -> tensor<1x2x4x4xf32>
        %1137 = "stablehlo.dynamic_update_slice"(%350, %1136, %343, %386, %386, %386) : (tensor<3x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x4x4xf32>
        %1138 = "stablehlo.reshape"(%705) : (tensor<2x4x4xf32>) -> tensor<1x2x4x4xf32>
        %1139 = "stablehlo.dynamic_update_slice"(%351, %1138, %343, %386, %386, %386) : (tensor<3x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x4x4xf32>
        %1140 = "stablehlo.reshape"(%587) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %1141 = "stablehlo.dynamic_update_slice"(%352, %1140, %343, %386, %386) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        %1142 = "stablehlo.reshape"(%616) : (tensor<2x48xf32>) -> tensor<1x2x48xf32>
        %1143 = "stablehlo.dynamic_update_slice"(%353, %1142, %343, %386, %386) : (tensor<3x2x48xf32>, tensor<1x2x48xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x48xf32>
        %1144 = "stablehlo.reshape"(%655) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %1145 = "stablehlo.dynamic_update_slice"(%354, %1144, %343, %386, %386) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        %1146 = "stablehlo.reshape"(%681) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %1147 = "stablehlo.dynamic_update_slice"(%355, %1146, %343, %386, %386) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        %1148 = "stablehlo.reshape"(%880) : (tensor<2x4x4xf32>) -> tensor<1x2x4x4xf32>
        %1149 = "stablehlo.dynamic_update_slice"(%356, %1148, %343, %386, %386, %386) : (tensor<3x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x4x4xf32>
        %1150 = "stablehlo.reshape"(%904) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %1151 = "stablehlo.dynamic_update_slice"(%357, %1150, %343, %386, %386) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        %1152 = "stablehlo.reshape"(%930) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %1153 = "stablehlo.dynamic_update_slice"(%358, %1152, %343, %386, %386) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        %1154 = "stablehlo.reshape"(%1107) : (tensor<2x4x4xf32>) -> tensor<1x2x4x4xf32>
        %1155 = "stablehlo.dynamic_update_slice"(%359, %1154, %343, %386, %386, %386) : (tensor<3x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x4x4xf32>
        %1156 = "stablehlo.reshape"(%344) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %1157 = "stablehlo.dynamic_update_slice"(%360, %1156, %343, %386, %386) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        %1158 = "stablehlo.reshape"(%345) : (tensor<2x4x4xf32>) -> tensor<1x2x4x4xf32>
        %1159 = "stablehlo.dynamic_update_slice"(%361, %1158, %343, %386, %386, %386) : (tensor<3x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x4x4xf32>
        %1160 = "stablehlo.reshape"(%346) : (tensor<2x4x4xf32>) -> tensor<1x2x4x4xf32>
        %1161 = "stablehlo.dynamic_update_slice"(%362, %1160, %343, %386, %386, %386) : (tensor<3x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x4x4xf32>
        "stablehlo.return"(%1129, %654, %1127, %952, %1131, %1133, %1135, %1137, %1139, %1141, %1143, %1145, %1147, %1149, %1151, %1153, %1155, %1157, %1159, %1161, %363, %364, %365, %366, %367, %368, %369, %370, %371, %372, %373, %374, %375, %376, %377, %378, %379, %380, %381, %382, %383, %384, %385) : (tensor<i32>, tensor<2x16xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x48xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x128xf32>, tensor<3x2x1xf32>, tensor<3x2xf32>, tensor<3x2xui32>, tensor<2x16xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<17x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<32x48xf32>, tensor<2x48xf32>, tensor<2x48xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<144x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>) -> ()
    }) : (tensor<i32>, tensor<2x16xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x48xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x128xf32>, tensor<3x2x1xf32>, tensor<3x2xf32>, tensor<3x2xui32>, tensor<2x16xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<17x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<32x48xf32>, tensor<2x48xf32>, tensor<2x48xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<144x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>) -> (tensor<i32>, tensor<2x16xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x48xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x128xf32>, tensor<3x2x1xf32>, tensor<3x2xf32>, tensor<3x2xui32>, tensor<2x16xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<17x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<32x48xf32>, tensor<2x48xf32>, tensor<2x48xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<144x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>)
    %1162 = "stablehlo.transpose"(%297#4) {permutation = array<i64: 1, 0, 2>} : (tensor<3x2x16xf32>) -> tensor<2x3x16xf32>
    %1163 = "stablehlo.transpose"(%297#5) {permutation = array<i64: 1, 0, 2, 3>} : (tensor<3x2x4x4xf32>) -> tensor<2x3x4x4xf32>
    %1164 = "stablehlo.transpose"(%297#8) {permutation = array<i64: 1, 0, 2, 3>} : (tensor<3x2x4x4xf32>) -> tensor<2x3x4x4xf32>
    %1165 = "stablehlo.reshape"(%1163) : (tensor<2x3x4x4xf32>) -> tensor<2x3x16xf32>
    %1166 = "stablehlo.concatenate"(%1162, %1165) {dimension = 2 : i64} : (tensor<2x3x16xf32>, tensor<2x3x16xf32>) -> tensor<2x3x32xf32>
    %1167 = "stablehlo.multiply"(%1166, %1166) : (tensor<2x3x32xf32>, tensor<2x3x32xf32>) -> tensor<2x3x32xf32>
    %1168 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1169 = "stablehlo.reduce"(%1167, %1168) ({
    ^bb0(%1170: tensor<f32>, %1171: tensor<f32>):
        %1172 = "stablehlo.add"(%1170, %1171) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1172) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2>} : (tensor<2x3x32xf32>, tensor<f32>) -> tensor<f32>
    %1173 = "stablehlo.constant"() {value = dense<192.0> : tensor<f32>} : () -> tensor<f32>
    %1174 = "stablehlo.divide"(%1169, %1173) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1175 = "stablehlo.multiply"(%1164, %1164) : (tensor<2x3x4x4xf32>, tensor<2x3x4x4xf32>) -> tensor<2x3x4x4xf32>
    %1176 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %1177 = "stablehlo.reduce"(%1175, %1176) ({
    ^bb0(%1178: tensor<f32>, %1179: tensor<f32>):
        %1180 = "stablehlo.add"(%1178, %1179) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%1180) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1, 2, 3>} : (tensor<2x3x4x4xf32>, tensor<f32>) -> tensor<f32>
    %1181 = "stablehlo.constant"() {value = dense<96.0> : tensor<f32>} : () -> tensor<f32>
    %1182 = "stablehlo.divide"(%1177, %1181) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1183 = "stablehlo.add"(%1174, %1182) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1184 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
    %1185 = "stablehlo.divide"(%1184, %1181) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1186 = "stablehlo.broadcast_in_dim"(%1185) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x3x4x4xf32>
    %1187 = "stablehlo.multiply"(%1186, %1164) : (tensor<2x3x4x4xf32>, tensor<2x3x4x4xf32>) -> tensor<2x3x4x4xf32>
    %1188 = "stablehlo.add"(%1187, %1187) : (tensor<2x3x4x4xf32>, tensor<2x3x4x4xf32>) -> tensor<2x3x4x4xf32>
    %1189 = "stablehlo.divide"(%1184, %1173) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %1190 = "stablehlo.broadcast_in_dim"(%1189) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x3x32xf32>
    %1191 = "stablehlo.multiply"(%1190, %1166) : (tensor<2x3x32xf32>, tensor<2x3x32xf32>) -> tensor<2x3x32xf32>
    %1192 = "stablehlo.add"(%1191, %1191) : (tensor<2x3x32xf32>, tensor<2x3x32xf32>) -> tensor<2x3x32xf32>
    %1193 = "stablehlo.slice"(%1192) {start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 2, 3, 16>, strides = array<i64: 1, 1, 1>} : (tensor<2x3x32xf32>) -> tensor<2x3x16xf32>
    %1194 = "stablehlo.slice"(%1192) {start_indices = array<i64: 0, 0, 16>, limit_indices = array<i64: 2, 3, 32>, strides = array<i64: 1, 1, 1>} : (tensor<2x3x32xf32>) -> tensor<2x3x16xf32>
    %1195 = "stablehlo.reshape"(%1194) : (tensor<2x3x16xf32>) -> tensor<2x3x4x4xf32>
    %1196 = "stablehlo.transpose"(%1188) {permutation = array<i64: 1, 0, 2, 3>} : (tensor<2x3x4x4xf32>) -> tensor<3x2x4x4xf32>
    %1197 = "stablehlo.transpose"(%1195) {permutation = array<i64: 1, 0, 2, 3>} : (tensor<2x3x4x4xf32>) -> tensor<3x2x4x4xf32>
    %1198 = "stablehlo.transpose"(%1193) {permutation = array<i64: 1, 0, 2>} : (tensor<2x3x16xf32>) -> tensor<3x2x16xf32>
    %1199 = "stablehlo.constant"() {value = dense<0.0> : tensor<2x16xf32>} : () -> tensor<2x16xf32>
    %1200 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x4x4xf32>} : () -> tensor<3x2x4x4xf32>
    %1201 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %1202 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x48xf32>} : () -> tensor<3x2x48xf32>
    %1203 = "stablehlo.constant"() {value = dense<0.0> : tensor<17x16xf32>} : () -> tensor<17x16xf32>
    %1204 = "stablehlo.constant"() {value = dense<0.0> : tensor<32x48xf32>} : () -> tensor<32x48xf32>
    %1205 = "stablehlo.constant"() {value = dense<0.0> : tensor<2x48xf32>} : () -> tensor<2x48xf32>
    %1206 = "stablehlo.constant"() {value = dense<0.0> : tensor<16x16xf32>} : () -> tensor<16x16xf32>
    %1207 = "stablehlo.constant"() {value = dense<0.0> : tensor<144x16xf32>} : () -> tensor<144x16xf32>
    %1208 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %1209 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x128xf32>} : () -> tensor<3x2x128xf32>
    %1210 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x1xf32>} : () -> tensor<3x2x1xf32>
    %1211 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2xf32>} : () -> tensor<3x2xf32>
    %1212 = "stablehlo.constant"() {value = dense<0> : tensor<3x2xui32>} : () -> tensor<3x2xui32>
    %1213 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %1214 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x4x4xf32>} : () -> tensor<3x2x4x4xf32>
    %1215 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x4x4xf32>} : () -> tensor<3x2x4x4xf32>
    %1216 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %1217 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x4x4xf32>} : () -> tensor<3x2x4x4xf32>
    %1218 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x4x4xf32>} : () -> tensor<3x2x4x4xf32>
    %1219 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x17x16xf32>} : () -> tensor<3x17x16xf32>
    %1220 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %1221 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %1222 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x32x48xf32>} : () -> tensor<3x32x48xf32>
    %1223 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x48xf32>} : () -> tensor<3x2x48xf32>
    %1224 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x48xf32>} : () -> tensor<3x2x48xf32>
    %1225 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x16x16xf32>} : () -> tensor<3x16x16xf32>
    %1226 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %1227 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %1228 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x16x16xf32>} : () -> tensor<3x16x16xf32>
    %1229 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %1230 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x144x16xf32>} : () -> tensor<3x144x16xf32>
    %1231 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %1232 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %1233 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x16x16xf32>} : () -> tensor<3x16x16xf32>
    %1234 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2x16xf32>} : () -> tensor<3x2x16xf32>
    %1235:99 = "stablehlo.while"(%1208, %1199, %95, %95, %1199, %95, %95, %1203, %1199, %1199, %1204, %1205, %1205, %1206, %1199, %1199, %1206, %1199, %1207, %1199, %1199, %1206, %1199, %1209, %1210, %1211, %1212, %1213, %1214, %1215, %1216, %1217, %1218, %1219, %1220, %1221, %1222, %1223, %1224, %1225, %1226, %1227, %1228, %1229, %1230, %1231, %1232, %1233, %1234, %270, %271, %272, %269, %297#17, %297#18, %297#19, %297#9, %297#10, %297#11, %297#12, %297#13, %297#14, %297#15, %297#16, %1198, %1197, %1200, %1200, %1196, %1201, %1202, %1201, %1201, %1200, %1201, %1201, %1200, %1201, %1200, %1200, %2, %94, %95, %arg9, %273, %274, %arg12, %275, %276, %arg4, %27, %29, %arg7, %34, %arg15, %277, %278, %arg18, %279) ({
    ^bb0(%1236: tensor<i32>, %1237: tensor<2x16xf32>, %1238: tensor<2x4x4xf32>, %1239: tensor<2x4x4xf32>, %1240: tensor<2x16xf32>, %1241: tensor<2x4x4xf32>, %1242: tensor<2x4x4xf32>, %1243: tensor<17x16xf32>, %1244: tensor<2x16xf32>, %1245: tensor<2x16xf32>, %1246: tensor<32x48xf32>, %1247: tensor<2x48xf32>, %1248: tensor<2x48xf32>, %1249: tensor<16x16xf32>, %1250: tensor<2x16xf32>, %1251: tensor<2x16xf32>, %1252: tensor<16x16xf32>, %1253: tensor<2x16xf32>, %1254: tensor<144x16xf32>, %1255: tensor<2x16xf32>, %1256: tensor<2x16xf32>, %1257: tensor<16x16xf32>, %1258: tensor<2x16xf32>, %1259: tensor<3x2x128xf32>, %1260: tensor<3x2x1xf32>, %1261: tensor<3x2xf32>, %1262: tensor<3x2xui32>, %1263: tensor<3x2x16xf32>, %1264: tensor<3x2x4x4xf32>, %1265: tensor<3x2x4x4xf32>, %1266: tensor<3x2x16xf32>, %1267: tensor<3x2x4x4xf32>, %1268: tensor<3x2x4x4xf32>, %1269: tensor<3x17x16xf32>, %1270: tensor<3x2x16xf32>, %1271: tensor<3x2x16xf32>, %1272: tensor<3x32x48xf32>, %1273: tensor<3x2x48xf32>, %1274: tensor<3x2x48xf32>, %1275: tensor<3x16x16xf32>, %1276: tensor<3x2x16xf32>, %1277: tensor<3x2x16xf32>, %1278: tensor<3x16x16xf32>, %1279: tensor<3x2x16xf32>, %1280: tensor<3x144x16xf32>, %1281: tensor<3x2x16xf32>, %1282: tensor<3x2x16xf32>, %1283: tensor<3x16x16xf32>, %1284: tensor<3x2x16xf32>, %1285: tensor<3x2x128xf32>, %1286: tensor<3x2x1xf32>, %1287: tensor<3x2xf32>, %1288: tensor<3x2xui32>, %1289: tensor<3x2x16xf32>, %1290: tensor<3x2x4x4xf32>, %1291: tensor<3x2x4x4xf32>, %1292: tensor<3x2x16xf32>, %1293: tensor<3x2x48xf32>, %1294: tensor<3x2x16xf32>, %1295: tensor<3x2x16xf32>, %1296: tensor<3x2x4x4xf32>, %1297: tensor<3x2x16xf32>, %1298: tensor<3x2x16xf32>, %1299: tensor<3x2x4x4xf32>, %1300: tensor<3x2x16xf32>, %1301: tensor<3x2x4x4xf32>, %1302: tensor<3x2x4x4xf32>, %1303: tensor<3x2x4x4xf32>, %1304: tensor<3x2x4x4xf32>, %1305: tensor<3x2x16xf32>, %1306: tensor<3x2x48xf32>, %1307: tensor<3x2x16xf32>, %1308: tensor<3x2x16xf32>, %1309: tensor<3x2x4x4xf32>, %1310: tensor<3x2x16xf32>, %1311: tensor<3x2x16xf32>, %1312: tensor<3x2x4x4xf32>, %1313: tensor<3x2x16xf32>, %1314: tensor<3x2x4x4xf32>, %1315: tensor<3x2x4x4xf32>, %1316: tensor<2x16xf32>, %1317: tensor<2x4x4xf32>, %1318: tensor<2x4x4xf32>, %1319: tensor<17x16xf32>, %1320: tensor<2x16xf32>, %1321: tensor<2x16xf32>, %1322: tensor<32x48xf32>, %1323: tensor<2x48xf32>, %1324: tensor<2x48xf32>, %1325: tensor<16x16xf32>, %1326: tensor<2x16xf32>, %1327: tensor<2x16xf32>, %1328: tensor<16x16xf32>, %1329: tensor<2x16xf32>, %1330: tensor<144x16xf32>, %1331: tensor<2x16xf32>, %1332: tensor<2x16xf32>, %1333: tensor<16x16xf32>, %1334: tensor<2x16xf32>):
        %1335 = "stablehlo.constant"() {value = dense<3> : tensor<i32>} : () -> tensor<i32>
        %1336 = "stablehlo.compare"(%1236, %1335) {comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%1336) : (tensor<i1>) -> ()
    }, {
    ^bb0(%1337: tensor<i32>, %1338: tensor<2x16xf32>, %1339: tensor<2x4x4xf32>, %1340: tensor<2x4x4xf32>, %1341: tensor<2x16xf32>, %1342: tensor<2x4x4xf32>, %1343: tensor<2x4x4xf32>, %1344: tensor<17x16xf32>, %1345: tensor<2x16xf32>, %1346: tensor<2x16xf32>, %1347: tensor<32x48xf32>, %1348: tensor<2x48xf32>, %1349: tensor<2x48xf32>, %1350: tensor<16x16xf32>, %1351: tensor<2x16xf32>, %1352: tensor<2x16xf32>, %1353: tensor<16x16xf32>, %1354: tensor<2x16xf32>, %1355: tensor<144x16xf32>, %1356: tensor<2x16xf32>, %1357: tensor<2x16xf32>, %1358: tensor<16x16xf32>, %1359: tensor<2x16xf32>, %1360: tensor<3x2x128xf32>, %1361: tensor<3x2x1xf32>, %1362: tensor<3x2xf32>, %1363: tensor<3x2xui32>, %1364: tensor<3x2x16xf32>, %1365: tensor<3x2x4x4xf32>, %1366: tensor<3x2x4x4xf32>, %1367: tensor<3x2x16xf32>, %1368: tensor<3x2x4x4xf32>, %1369: tensor<3x2x4x4xf32>, %1370: tensor<3x17x16xf32>, %1371: tensor<3x2x16xf32>, %1372: tensor<3x2x16xf32>, %1373: tensor<3x32x48xf32>, %1374: tensor<3x2x48xf32>, %1375: tensor<3x2x48xf32>, %1376: tensor<3x16x16xf32>, %1377: tensor<3x2x16xf32>, %1378: tensor<3x2x16xf32>, %1379: tensor<3x16x16xf32>, %1380: tensor<3x2x16xf32>, %1381: tensor<3x144x16xf32>, %1382: tensor<3x2x16xf32>, %1383: tensor<3x2x16xf32>, %1384: tensor<3x16x16xf32>, %1385: tensor<3x2x16xf32>, %1386: tensor<3x2x128xf32>, %1387: tensor<3x2x1xf32>, %1388: tensor<3x2xf32>, %1389: tensor<3x2xui32>, %1390: tensor<3x2x16xf32>, %1391: tensor<3x2x4x4xf32>, %1392: tensor<3x2x4x4xf32>, %1393: tensor<3x2x16xf32>, %1394: tensor<3x2x48xf32>, %1395: tensor<3x2x16xf32>, %1396: tensor<3x2x16xf32>, %1397: tensor<3x2x4x4xf32>, %1398: tensor<3x2x16xf32>, %1399: tensor<3x2x16xf32>, %1400: tensor<3x2x4x4xf32>, %1401: tensor<3x2x16xf32>, %1402: tensor<3x2x4x4xf32>, %1403: tensor<3x2x4x4xf32>, %1404: tensor<3x2x4x4xf32>, %1405: tensor<3x2x4x4xf32>, %1406: tensor<3x2x16xf32>, %1407: tensor<3x2x48xf32>, %1408: tensor<3x2x16xf32>, %1409: tensor<3x2x16xf32>, %1410: tensor<3x2x4x4xf32>, %1411: tensor<3x2x16xf32>, %1412: tensor<3x2x16xf32>, %1413: tensor<3x2x4x4xf32>, %1414: tensor<3x2x16xf32>, %1415: tensor<3x2x4x4xf32>, %1416: tensor<3x2x4x4xf32>, %1417: tensor<2x16xf32>, %1418: tensor<2x4x4xf32>, %1419: tensor<2x4x4xf32>, %1420: tensor<17x16xf32>, %1421: tensor<2x16xf32>, %1422: tensor<2x16xf32>, %1423: tensor<32x48xf32>, %1424: tensor<2x48xf32>, %1425: tensor<2x48xf32>, %1426: tensor<16x16xf32>, %1427: tensor<2x16xf32>, %1428: tensor<2x16xf32>, %1429: tensor<16x16xf32>, %1430: tensor<2x16xf32>, %1431: tensor<144x16xf32>, %1432: tensor<2x16xf32>, %1433: tensor<2x16xf32>, %1434: tensor<16x16xf32>, %1435: tensor<2x16xf32>):
        %1436 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %1437 = "stablehlo.subtract"(%1436, %1337) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %1438 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %1439 = "stablehlo.dynamic_slice"(%1386, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 128>} : (tensor<3x2x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x128xf32>
        %1440 = "stablehlo.reshape"(%1439) : (tensor<1x2x128xf32>) -> tensor<2x128xf32>
        %1441 = "stablehlo.dynamic_slice"(%1387, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 1>} : (tensor<3x2x1xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x1xf32>
        %1442 = "stablehlo.reshape"(%1441) : (tensor<1x2x1xf32>) -> tensor<2x1xf32>
        %1443 = "stablehlo.dynamic_slice"(%1388, %1437, %1438) {slice_sizes = array<i64: 1, 2>} : (tensor<3x2xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2xf32>
        %1444 = "stablehlo.reshape"(%1443) : (tensor<1x2xf32>) -> tensor<2xf32>
        %1445 = "stablehlo.dynamic_slice"(%1389, %1437, %1438) {slice_sizes = array<i64: 1, 2>} : (tensor<3x2xui32>, tensor<i32>, tensor<i32>) -> tensor<1x2xui32>
        %1446 = "stablehlo.reshape"(%1445) : (tensor<1x2xui32>) -> tensor<2xui32>
        %1447 = "stablehlo.dynamic_slice"(%1390, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 16>} : (tensor<3x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16xf32>
        %1448 = "stablehlo.reshape"(%1447) : (tensor<1x2x16xf32>) -> tensor<2x16xf32>
        %1449 = "stablehlo.dynamic_slice"(%1391, %1437, %1438, %1438, %1438) {slice_sizes = array<i64: 1, 2, 4, 4>} : (tensor<3x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x4x4xf32>
        %1450 = "stablehlo.reshape"(%1449) : (tensor<1x2x4x4xf32>) -> tensor<2x4x4xf32>
        %1451 = "stablehlo.dynamic_slice"(%1392, %1437, %1438, %1438, %1438) {slice_sizes = array<i64: 1, 2, 4, 4>} : (tensor<3x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x4x4xf32>
        %1452 = "stablehlo.reshape"(%1451) : (tensor<1x2x4x4xf32>) -> tensor<2x4x4xf32>
        %1453 = "stablehlo.dynamic_slice"(%1393, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 16>} : (tensor<3x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16xf32>
        %1454 = "stablehlo.reshape"(%1453) : (tensor<1x2x16xf32>) -> tensor<2x16xf32>
        %1455 = "stablehlo.dynamic_slice"(%1394, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 48>} : (tensor<3x2x48xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x48xf32>
        %1456 = "stablehlo.reshape"(%1455) : (tensor<1x2x48xf32>) -> tensor<2x48xf32>
        %1457 = "stablehlo.dynamic_slice"(%1395, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 16>} : (tensor<3x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16xf32>
        %1458 = "stablehlo.reshape"(%1457) : (tensor<1x2x16xf32>) -> tensor<2x16xf32>
        %1459 = "stablehlo.dynamic_slice"(%1396, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 16>} : (tensor<3x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16xf32>
        %1460 = "stablehlo.reshape"(%1459) : (tensor<1x2x16xf32>) -> tensor<2x16xf32>
        %1461 = "stablehlo.dynamic_slice"(%1397, %1437, %1438, %1438, %1438) {slice_sizes = array<i64: 1, 2, 4, 4>} : (tensor<3x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x4x4xf32>
        %1462 = "stablehlo.reshape"(%1461) : (tensor<1x2x4x4xf32>) -> tensor<2x4x4xf32>
        %1463 = "stablehlo.dynamic_slice"(%1398, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 16>} : (tensor<3x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16xf32>
        %1464 = "stablehlo.reshape"(%1463) : (tensor<1x2x16xf32>) -> tensor<2x16xf32>
        %1465 = "stablehlo.dynamic_slice"(%1399, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 16>} : (tensor<3x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16xf32>
        %1466 = "stablehlo.reshape"(%1465) : (tensor<1x2x16xf32>) -> tensor<2x16xf32>
        %1467 = "stablehlo.dynamic_slice"(%1400, %1437, %1438, %1438, %1438) {slice_sizes = array<i64: 1, 2, 4, 4>} : (tensor<3x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x4x4xf32>
        %1468 = "stablehlo.reshape"(%1467) : (tensor<1x2x4x4xf32>) -> tensor<2x4x4xf32>
        %1469 = "stablehlo.dynamic_slice"(%1401, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 16>} : (tensor<3x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16xf32>
        %1470 = "stablehlo.reshape"(%1469) : (tensor<1x2x16xf32>) -> tensor<2x16xf32>
        %1471 = "stablehlo.dynamic_slice"(%1402, %1437, %1438, %1438, %1438) {slice_sizes = array<i64: 1, 2, 4, 4>} : (tensor<3x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x4x4xf32>
        %1472 = "stablehlo.reshape"(%1471) : (tensor<1x2x4x4xf32>) -> tensor<2x4x4xf32>
        %1473 = "stablehlo.dynamic_slice"(%1403, %1437, %1438, %1438, %1438) {slice_sizes = array<i64: 1, 2, 4, 4>} : (tensor<3x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x4x4xf32>
        %1474 = "stablehlo.reshape"(%1473) : (tensor<1x2x4x4xf32>) -> tensor<2x4x4xf32>
        %1475 = "stablehlo.dynamic_slice"(%1404, %1437, %1438, %1438, %1438) {slice_sizes = array<i64: 1, 2, 4, 4>} : (tensor<3x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x4x4xf32>
        %1476 = "stablehlo.reshape"(%1475) : (tensor<1x2x4x4xf32>) -> tensor<2x4x4xf32>
        %1477 = "stablehlo.dynamic_slice"(%1405, %1437, %1438, %1438, %1438) {slice_sizes = array<i64: 1, 2, 4, 4>} : (tensor<3x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x4x4xf32>
        %1478 = "stablehlo.reshape"(%1477) : (tensor<1x2x4x4xf32>) -> tensor<2x4x4xf32>
        %1479 = "stablehlo.dynamic_slice"(%1406, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 16>} : (tensor<3x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16xf32>
        %1480 = "stablehlo.reshape"(%1479) : (tensor<1x2x16xf32>) -> tensor<2x16xf32>
        %1481 = "stablehlo.dynamic_slice"(%1407, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 48>} : (tensor<3x2x48xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x48xf32>
        %1482 = "stablehlo.reshape"(%1481) : (tensor<1x2x48xf32>) -> tensor<2x48xf32>
        %1483 = "stablehlo.dynamic_slice"(%1408, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 16>} : (tensor<3x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16xf32>
        %1484 = "stablehlo.reshape"(%1483) : (tensor<1x2x16xf32>) -> tensor<2x16xf32>
        %1485 = "stablehlo.dynamic_slice"(%1409, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 16>} : (tensor<3x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16xf32>
        %1486 = "stablehlo.reshape"(%1485) : (tensor<1x2x16xf32>) -> tensor<2x16xf32>
        %1487 = "stablehlo.dynamic_slice"(%1410, %1437, %1438, %1438, %1438) {slice_sizes = array<i64: 1, 2, 4, 4>} : (tensor<3x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x4x4xf32>
        %1488 = "stablehlo.reshape"(%1487) : (tensor<1x2x4x4xf32>) -> tensor<2x4x4xf32>
        %1489 = "stablehlo.dynamic_slice"(%1411, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 16>} : (tensor<3x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16xf32>
        %1490 = "stablehlo.reshape"(%1489) : (tensor<1x2x16xf32>) -> tensor<2x16xf32>
        %1491 = "stablehlo.dynamic_slice"(%1412, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 16>} : (tensor<3x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16xf32>
        %1492 = "stablehlo.reshape"(%1491) : (tensor<1x2x16xf32>) -> tensor<2x16xf32>
        %1493 = "stablehlo.dynamic_slice"(%1413, %1437, %1438, %1438, %1438) {slice_sizes = array<i64: 1, 2, 4, 4>} : (tensor<3x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x4x4xf32>
        %1494 = "stablehlo.reshape"(%1493) : (tensor<1x2x4x4xf32>) -> tensor<2x4x4xf32>
        %1495 = "stablehlo.dynamic_slice"(%1414, %1437, %1438, %1438) {slice_sizes = array<i64: 1, 2, 16>} : (tensor<3x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x16xf32>
        %1496 = "stablehlo.reshape"(%1495) : (tensor<1x2x16xf32>) -> tensor<2x16xf32>
        %1497 = "stablehlo.dynamic_slice"(%1415, %1437, %1438, %1438, %1438) {slice_sizes = array<i64: 1, 2, 4, 4>} : (tensor<3x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x4x4xf32>
        %1498 = "stablehlo.reshape"(%1497) : (tensor<1x2x4x4xf32>) -> tensor<2x4x4xf32>
        %1499 = "stablehlo.dynamic_slice"(%1416, %1437, %1438, %1438, %1438) {slice_sizes = array<i64: 1, 2, 4, 4>} : (tensor<3x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<1x2x4x4xf32>
        %1500 = "stablehlo.reshape"(%1499) : (tensor<1x2x4x4xf32>) -> tensor<2x4x4xf32>
        %1501 = "stablehlo.negate"(%1444) : (tensor<2xf32>) -> tensor<2xf32>
        %1502 = "stablehlo.constant"() {value = dense<1.0> : tensor<2xf32>} : () -> tensor<2xf32>
        %1503 = "stablehlo.add"(%1501, %1502) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %1504 = "stablehlo.reshape"(%1503) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1505 = "stablehlo.broadcast_in_dim"(%1504) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
        %1506 = "stablehlo.multiply"(%1448, %1505) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1507 = "stablehlo.reshape"(%1444) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1508 = "stablehlo.broadcast_in_dim"(%1507) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
        %1509 = "stablehlo.multiply"(%1417, %1508) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1510 = "stablehlo.add"(%1506, %1509) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1511 = "stablehlo.reshape"(%1503) : (tensor<2xf32>) -> tensor<2x1x1xf32>
        %1512 = "stablehlo.broadcast_in_dim"(%1511) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x1xf32>) -> tensor<2x4x4xf32>
        %1513 = "stablehlo.multiply"(%1450, %1512) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1514 = "stablehlo.reshape"(%1444) : (tensor<2xf32>) -> tensor<2x1x1xf32>
        %1515 = "stablehlo.broadcast_in_dim"(%1514) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x1x1xf32>) -> tensor<2x4x4xf32>
        %1516 = "stablehlo.multiply"(%1418, %1515) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1517 = "stablehlo.add"(%1513, %1516) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1518 = "stablehlo.multiply"(%1442, %1504) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1519 = "stablehlo.abs"(%1518) : (tensor<2x1xf32>) -> tensor<2x1xf32>
        %1520 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
        %1521 = "stablehlo.broadcast_in_dim"(%1520) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2x1xf32>
        %1522 = "stablehlo.maximum"(%1519, %1521) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1523 = "stablehlo.divide"(%1521, %1522) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1524 = "stablehlo.multiply"(%1518, %1523) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1525 = "stablehlo.reshape"(%1517) : (tensor<2x4x4xf32>) -> tensor<2x16xf32>
        %1526 = "stablehlo.concatenate"(%1525, %1524) {dimension = 1 : i64} : (tensor<2x16xf32>, tensor<2x1xf32>) -> tensor<2x17xf32>
        %1527 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1528 = "stablehlo.reduce"(%1454, %1527) ({
        ^bb0(%1529: tensor<f32>, %1530: tensor<f32>):
            %1531 = "stablehlo.add"(%1529, %1530) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1531) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %1532 = "stablehlo.reshape"(%1528) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1533 = "stablehlo.constant"() {value = dense<16.0> : tensor<2x1xf32>} : () -> tensor<2x1xf32>
        %1534 = "stablehlo.divide"(%1532, %1533) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1535 = "stablehlo.broadcast_in_dim"(%1534) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
        %1536 = "stablehlo.subtract"(%1454, %1535) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1537 = "stablehlo.multiply"(%1536, %1536) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1538 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1539 = "stablehlo.reduce"(%1537, %1538) ({
        ^bb0(%1540: tensor<f32>, %1541: tensor<f32>):
            %1542 = "stablehlo.add"(%1540, %1541) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1542) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %1543 = "stablehlo.reshape"(%1539) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1544 = "stablehlo.divide"(%1543, %1533) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1545 = "stablehlo.constant"() {value = dense<0.001> : tensor<2x1xf32>} : () -> tensor<2x1xf32>
        %1546 = "stablehlo.add"(%1544, %1545) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1547 = "stablehlo.rsqrt"(%1546) : (tensor<2x1xf32>) -> tensor<2x1xf32>
        %1548 = "stablehlo.broadcast_in_dim"(%1547) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
        %1549 = "stablehlo.multiply"(%1536, %1548) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1550 = "stablehlo.multiply"(%1549, %1421) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1551 = "stablehlo.add"(%1550, %1422) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1552 = "stablehlo.logistic"(%1551) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %1553 = "stablehlo.multiply"(%1551, %1552) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1554 = "stablehlo.concatenate"(%1510, %1553) {dimension = 1 : i64} : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x32xf32>
        %1555 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1556 = "stablehlo.reduce"(%1456, %1555) ({
        ^bb0(%1557: tensor<f32>, %1558: tensor<f32>):
            %1559 = "stablehlo.add"(%1557, %1558) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1559) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x48xf32>, tensor<f32>) -> tensor<2xf32>
        %1560 = "stablehlo.reshape"(%1556) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1561 = "stablehlo.constant"() {value = dense<48.0> : tensor<2x1xf32>} : () -> tensor<2x1xf32>
        %1562 = "stablehlo.divide"(%1560, %1561) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1563 = "stablehlo.broadcast_in_dim"(%1562) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x48xf32>
        %1564 = "stablehlo.subtract"(%1456, %1563) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %1565 = "stablehlo.multiply"(%1564, %1564) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %1566 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1567 = "stablehlo.reduce"(%1565, %1566) ({
        ^bb0(%1568: tensor<f32>, %1569: tensor<f32>):
            %1570 = "stablehlo.add"(%1568, %1569) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1570) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x48xf32>, tensor<f32>) -> tensor<2xf32>
        %1571 = "stablehlo.reshape"(%1567) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1572 = "stablehlo.divide"(%1571, %1561) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1573 = "stablehlo.add"(%1572, %1545) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1574 = "stablehlo.rsqrt"(%1573) : (tensor<2x1xf32>) -> tensor<2x1xf32>
        %1575 = "stablehlo.broadcast_in_dim"(%1574) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x48xf32>
        %1576 = "stablehlo.multiply"(%1564, %1575) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %1577 = "stablehlo.multiply"(%1576, %1424) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %1578 = "stablehlo.add"(%1577, %1425) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %1579 = "stablehlo.slice"(%1578) {start_indices = array<i64: 0, 0>, limit_indices = array<i64: 2, 16>, strides = array<i64: 1, 1>} : (tensor<2x48xf32>) -> tensor<2x16xf32>
        %1580 = "stablehlo.logistic"(%1579) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %1581 = "stablehlo.slice"(%1578) {start_indices = array<i64: 0, 16>, limit_indices = array<i64: 2, 32>, strides = array<i64: 1, 1>} : (tensor<2x48xf32>) -> tensor<2x16xf32>
        %1582 = "stablehlo.multiply"(%1580, %1581) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1583 = "stablehlo.tanh"(%1582) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %1584 = "stablehlo.slice"(%1578) {start_indices = array<i64: 0, 32>, limit_indices = array<i64: 2, 48>, strides = array<i64: 1, 1>} : (tensor<2x48xf32>) -> tensor<2x16xf32>
        %1585 = "stablehlo.constant"() {value = dense<1.0> : tensor<2x16xf32>} : () -> tensor<2x16xf32>
        %1586 = "stablehlo.subtract"(%1584, %1585) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1587 = "stablehlo.logistic"(%1586) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %1588 = "stablehlo.multiply"(%1587, %1583) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1589 = "stablehlo.negate"(%1587) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %1590 = "stablehlo.add"(%1589, %1585) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1591 = "stablehlo.multiply"(%1590, %1510) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1592 = "stablehlo.add"(%1588, %1591) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1593 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1594 = "stablehlo.reduce"(%1458, %1593) ({
        ^bb0(%1595: tensor<f32>, %1596: tensor<f32>):
            %1597 = "stablehlo.add"(%1595, %1596) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1597) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %1598 = "stablehlo.reshape"(%1594) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1599 = "stablehlo.divide"(%1598, %1533) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1600 = "stablehlo.broadcast_in_dim"(%1599) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
        %1601 = "stablehlo.subtract"(%1458, %1600) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1602 = "stablehlo.multiply"(%1601, %1601) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1603 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1604 = "stablehlo.reduce"(%1602, %1603) ({
        ^bb0(%1605: tensor<f32>, %1606: tensor<f32>):
            %1607 = "stablehlo.add"(%1605, %1606) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1607) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %1608 = "stablehlo.reshape"(%1604) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1609 = "stablehlo.divide"(%1608, %1533) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1610 = "stablehlo.add"(%1609, %1545) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1611 = "stablehlo.rsqrt"(%1610) : (tensor<2x1xf32>) -> tensor<2x1xf32>
        %1612 = "stablehlo.broadcast_in_dim"(%1611) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
        %1613 = "stablehlo.multiply"(%1601, %1612) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1614 = "stablehlo.multiply"(%1613, %1427) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1615 = "stablehlo.add"(%1614, %1428) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1616 = "stablehlo.logistic"(%1615) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %1617 = "stablehlo.multiply"(%1615, %1616) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1618 = "stablehlo.add"(%1460, %1430) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1619 = "stablehlo.reshape"(%1618) : (tensor<2x16xf32>) -> tensor<2x4x4xf32>
        %1620 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %1621 = "stablehlo.reduce"(%1619, %1620) ({
        ^bb0(%1622: tensor<f32>, %1623: tensor<f32>):
            %1624 = "stablehlo.maximum"(%1622, %1623) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1624) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %1625 = "stablehlo.reshape"(%1621) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %1626 = "stablehlo.broadcast_in_dim"(%1625) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
        %1627 = "stablehlo.subtract"(%1619, %1626) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1628 = "stablehlo.exponential"(%1627) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1629 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1630 = "stablehlo.reduce"(%1628, %1629) ({
        ^bb0(%1631: tensor<f32>, %1632: tensor<f32>):
            %1633 = "stablehlo.add"(%1631, %1632) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1633) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %1634 = "stablehlo.reshape"(%1630) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %1635 = "stablehlo.broadcast_in_dim"(%1634) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
        %1636 = "stablehlo.divide"(%1628, %1635) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1637 = "stablehlo.constant"() {value = dense<0.99> : tensor<2x4x4xf32>} : () -> tensor<2x4x4xf32>
        %1638 = "stablehlo.multiply"(%1636, %1637) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1639 = "stablehlo.constant"() {value = dense<0.0025> : tensor<2x4x4xf32>} : () -> tensor<2x4x4xf32>
        %1640 = "stablehlo.add"(%1638, %1639) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1641 = "stablehlo.log"(%1640) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1642 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %1643 = "stablehlo.reduce"(%1641, %1642) ({
        ^bb0(%1644: tensor<f32>, %1645: tensor<f32>):
            %1646 = "stablehlo.maximum"(%1644, %1645) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1646) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %1647 = "stablehlo.reshape"(%1643) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %1648 = "stablehlo.broadcast_in_dim"(%1647) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
        %1649 = "stablehlo.subtract"(%1641, %1648) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1650 = "stablehlo.exponential"(%1649) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1651 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1652 = "stablehlo.reduce"(%1650, %1651) ({
        ^bb0(%1653: tensor<f32>, %1654: tensor<f32>):
            %1655 = "stablehlo.add"(%1653, %1654) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1655) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %1656 = "stablehlo.reshape"(%1652) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %1657 = "stablehlo.log"(%1656) : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
        %1658 = "stablehlo.broadcast_in_dim"(%1657) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
        %1659 = "stablehlo.subtract"(%1649, %1658) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1660 = "stablehlo.exponential"(%1659) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1661 = "stablehlo.concatenate"(%1592, %1440) {dimension = 1 : i64} : (tensor<2x16xf32>, tensor<2x128xf32>) -> tensor<2x144xf32>
        %1662 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1663 = "stablehlo.reduce"(%1464, %1662) ({
        ^bb0(%1664: tensor<f32>, %1665: tensor<f32>):
            %1666 = "stablehlo.add"(%1664, %1665) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1666) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %1667 = "stablehlo.reshape"(%1663) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1668 = "stablehlo.divide"(%1667, %1533) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1669 = "stablehlo.broadcast_in_dim"(%1668) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
        %1670 = "stablehlo.subtract"(%1464, %1669) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1671 = "stablehlo.multiply"(%1670, %1670) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1672 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1673 = "stablehlo.reduce"(%1671, %1672) ({
        ^bb0(%1674: tensor<f32>, %1675: tensor<f32>):
            %1676 = "stablehlo.add"(%1674, %1675) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1676) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %1677 = "stablehlo.reshape"(%1673) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1678 = "stablehlo.divide"(%1677, %1533) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1679 = "stablehlo.add"(%1678, %1545) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1680 = "stablehlo.rsqrt"(%1679) : (tensor<2x1xf32>) -> tensor<2x1xf32>
        %1681 = "stablehlo.broadcast_in_dim"(%1680) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x1xf32>) -> tensor<2x16xf32>
        %1682 = "stablehlo.multiply"(%1670, %1681) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1683 = "stablehlo.multiply"(%1682, %1432) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1684 = "stablehlo.add"(%1683, %1433) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1685 = "stablehlo.logistic"(%1684) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %1686 = "stablehlo.multiply"(%1684, %1685) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1687 = "stablehlo.add"(%1466, %1435) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1688 = "stablehlo.reshape"(%1687) : (tensor<2x16xf32>) -> tensor<2x4x4xf32>
        %1689 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %1690 = "stablehlo.reduce"(%1688, %1689) ({
        ^bb0(%1691: tensor<f32>, %1692: tensor<f32>):
            %1693 = "stablehlo.maximum"(%1691, %1692) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1693) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %1694 = "stablehlo.reshape"(%1690) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %1695 = "stablehlo.broadcast_in_dim"(%1694) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
        %1696 = "stablehlo.subtract"(%1688, %1695) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1697 = "stablehlo.exponential"(%1696) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1698 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1699 = "stablehlo.reduce"(%1697, %1698) ({
        ^bb0(%1700: tensor<f32>, %1701: tensor<f32>):
            %1702 = "stablehlo.add"(%1700, %1701) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1702) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %1703 = "stablehlo.reshape"(%1699) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %1704 = "stablehlo.broadcast_in_dim"(%1703) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
        %1705 = "stablehlo.divide"(%1697, %1704) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1706 = "stablehlo.multiply"(%1705, %1637) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1707 = "stablehlo.add"(%1706, %1639) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1708 = "stablehlo.log"(%1707) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1709 = "stablehlo.constant"() {value = dense<0xFF800000> : tensor<f32>} : () -> tensor<f32>
        %1710 = "stablehlo.reduce"(%1708, %1709) ({
        ^bb0(%1711: tensor<f32>, %1712: tensor<f32>):
            %1713 = "stablehlo.maximum"(%1711, %1712) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1713) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %1714 = "stablehlo.reshape"(%1710) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %1715 = "stablehlo.broadcast_in_dim"(%1714) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
        %1716 = "stablehlo.subtract"(%1708, %1715) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1717 = "stablehlo.exponential"(%1716) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1718 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1719 = "stablehlo.reduce"(%1717, %1718) ({
        ^bb0(%1720: tensor<f32>, %1721: tensor<f32>):
            %1722 = "stablehlo.add"(%1720, %1721) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1722) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %1723 = "stablehlo.reshape"(%1719) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %1724 = "stablehlo.log"(%1723) : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
        %1725 = "stablehlo.broadcast_in_dim"(%1724) {broadcast_dimensions = array<i64: 0, 1, 2>} : (tensor<2x4x1xf32>) -> tensor<2x4x4xf32>
        %1726 = "stablehlo.subtract"(%1716, %1725) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1727 = "stablehlo.exponential"(%1726) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1728 = "stablehlo.add"(%1338, %1470) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1729 = "stablehlo.add"(%1339, %1472) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1730 = "stablehlo.add"(%1340, %1474) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1731 = "stablehlo.multiply"(%1729, %1727) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1732 = "stablehlo.negate"(%1731) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1733 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1734 = "stablehlo.reduce"(%1732, %1733) ({
        ^bb0(%1735: tensor<f32>, %1736: tensor<f32>):
            %1737 = "stablehlo.add"(%1735, %1736) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1737) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %1738 = "stablehlo.reshape"(%1734) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %1739 = "stablehlo.divide"(%1738, %1723) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
        %1740 = "stablehlo.reshape"(%1739) : (tensor<2x4x1xf32>) -> tensor<2x4xf32>
        %1741 = "stablehlo.broadcast_in_dim"(%1740) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x4xf32>) -> tensor<2x4x4xf32>
        %1742 = "stablehlo.multiply"(%1741, %1717) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1743 = "stablehlo.add"(%1731, %1742) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1744 = "stablehlo.add"(%1730, %1743) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1745 = "stablehlo.divide"(%1744, %1707) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1746 = "stablehlo.multiply"(%1745, %1637) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1747 = "stablehlo.divide"(%1746, %1704) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1748 = "stablehlo.multiply"(%1746, %1705) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1749 = "stablehlo.divide"(%1748, %1704) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1750 = "stablehlo.negate"(%1749) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1751 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1752 = "stablehlo.reduce"(%1750, %1751) ({
        ^bb0(%1753: tensor<f32>, %1754: tensor<f32>):
            %1755 = "stablehlo.add"(%1753, %1754) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1755) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %1756 = "stablehlo.reshape"(%1752) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %1757 = "stablehlo.reshape"(%1756) : (tensor<2x4x1xf32>) -> tensor<2x4xf32>
        %1758 = "stablehlo.broadcast_in_dim"(%1757) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x4xf32>) -> tensor<2x4x4xf32>
        %1759 = "stablehlo.add"(%1747, %1758) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1760 = "stablehlo.multiply"(%1759, %1697) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1761 = "stablehlo.reshape"(%1760) : (tensor<2x4x4xf32>) -> tensor<2x16xf32>
        %1762 = "stablehlo.add"(%1492, %1761) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1763 = "stablehlo.dot_general"(%1762, %1434) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<2x16xf32>, tensor<16x16xf32>) -> tensor<2x16xf32>
        %1764 = "stablehlo.dot_general"(%1762, %1686) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<16x16xf32>
        %1765 = "stablehlo.transpose"(%1764) {permutation = array<i64: 1, 0>} : (tensor<16x16xf32>) -> tensor<16x16xf32>
        %1766 = "stablehlo.multiply"(%1763, %1685) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1767 = "stablehlo.multiply"(%1763, %1684) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1768 = "stablehlo.multiply"(%1767, %1685) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1769 = "stablehlo.subtract"(%1585, %1685) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1770 = "stablehlo.multiply"(%1768, %1769) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1771 = "stablehlo.add"(%1766, %1770) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1772 = "stablehlo.multiply"(%1771, %1432) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1773 = "stablehlo.multiply"(%1771, %1682) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1774 = "stablehlo.multiply"(%1772, %1681) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1775 = "stablehlo.multiply"(%1772, %1670) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1776 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1777 = "stablehlo.reduce"(%1775, %1776) ({
        ^bb0(%1778: tensor<f32>, %1779: tensor<f32>):
            %1780 = "stablehlo.add"(%1778, %1779) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1780) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %1781 = "stablehlo.reshape"(%1777) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1782 = "stablehlo.multiply"(%1781, %1680) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1783 = "stablehlo.constant"() {value = dense<-0.5> : tensor<2x1xf32>} : () -> tensor<2x1xf32>
        %1784 = "stablehlo.multiply"(%1782, %1783) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1785 = "stablehlo.divide"(%1784, %1679) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1786 = "stablehlo.divide"(%1785, %1533) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1787 = "stablehlo.reshape"(%1786) : (tensor<2x1xf32>) -> tensor<2xf32>
        %1788 = "stablehlo.broadcast_in_dim"(%1787) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x16xf32>
        %1789 = "stablehlo.multiply"(%1788, %1670) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1790 = "stablehlo.add"(%1774, %1789) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1791 = "stablehlo.add"(%1790, %1789) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1792 = "stablehlo.negate"(%1791) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %1793 = "stablehlo.add"(%1490, %1791) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1794 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1795 = "stablehlo.reduce"(%1792, %1794) ({
        ^bb0(%1796: tensor<f32>, %1797: tensor<f32>):
            %1798 = "stablehlo.add"(%1796, %1797) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1798) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %1799 = "stablehlo.reshape"(%1795) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1800 = "stablehlo.divide"(%1799, %1533) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1801 = "stablehlo.reshape"(%1800) : (tensor<2x1xf32>) -> tensor<2xf32>
        %1802 = "stablehlo.broadcast_in_dim"(%1801) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x16xf32>
        %1803 = "stablehlo.add"(%1793, %1802) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1804 = "stablehlo.dot_general"(%1803, %1431) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<2x16xf32>, tensor<144x16xf32>) -> tensor<2x144xf32>
        %1805 = "stablehlo.dot_general"(%1803, %1661) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x16xf32>, tensor<2x144xf32>) -> tensor<16x144xf32>
        %1806 = "stablehlo.transpose"(%1805) {permutation = array<i64: 1, 0>} : (tensor<16x144xf32>) -> tensor<144x16xf32>
        %1807 = "stablehlo.slice"(%1804) {start_indices = array<i64: 0, 0>, limit_indices = array<i64: 2, 16>, strides = array<i64: 1, 1>} : (tensor<2x144xf32>) -> tensor<2x16xf32>
        %1808 = "stablehlo.slice"(%1804) {start_indices = array<i64: 0, 16>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>} : (tensor<2x144xf32>) -> tensor<2x128xf32>
        %1809 = "stablehlo.add"(%1728, %1807) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1810 = "stablehlo.multiply"(%1476, %1660) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1811 = "stablehlo.negate"(%1810) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1812 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1813 = "stablehlo.reduce"(%1811, %1812) ({
        ^bb0(%1814: tensor<f32>, %1815: tensor<f32>):
            %1816 = "stablehlo.add"(%1814, %1815) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1816) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %1817 = "stablehlo.reshape"(%1813) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %1818 = "stablehlo.divide"(%1817, %1656) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
        %1819 = "stablehlo.reshape"(%1818) : (tensor<2x4x1xf32>) -> tensor<2x4xf32>
        %1820 = "stablehlo.broadcast_in_dim"(%1819) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x4xf32>) -> tensor<2x4x4xf32>
        %1821 = "stablehlo.multiply"(%1820, %1650) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1822 = "stablehlo.add"(%1810, %1821) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1823 = "stablehlo.add"(%1478, %1822) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1824 = "stablehlo.divide"(%1823, %1640) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1825 = "stablehlo.multiply"(%1824, %1637) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1826 = "stablehlo.divide"(%1825, %1635) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1827 = "stablehlo.multiply"(%1825, %1636) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1828 = "stablehlo.divide"(%1827, %1635) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1829 = "stablehlo.negate"(%1828) : (tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1830 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1831 = "stablehlo.reduce"(%1829, %1830) ({
        ^bb0(%1832: tensor<f32>, %1833: tensor<f32>):
            %1834 = "stablehlo.add"(%1832, %1833) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1834) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2x4xf32>
        %1835 = "stablehlo.reshape"(%1831) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
        %1836 = "stablehlo.reshape"(%1835) : (tensor<2x4x1xf32>) -> tensor<2x4xf32>
        %1837 = "stablehlo.broadcast_in_dim"(%1836) {broadcast_dimensions = array<i64: 0, 1>} : (tensor<2x4xf32>) -> tensor<2x4x4xf32>
        %1838 = "stablehlo.add"(%1826, %1837) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1839 = "stablehlo.multiply"(%1838, %1628) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1840 = "stablehlo.reshape"(%1839) : (tensor<2x4x4xf32>) -> tensor<2x16xf32>
        %1841 = "stablehlo.add"(%1486, %1840) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1842 = "stablehlo.dot_general"(%1841, %1429) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<2x16xf32>, tensor<16x16xf32>) -> tensor<2x16xf32>
        %1843 = "stablehlo.dot_general"(%1841, %1617) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<16x16xf32>
        %1844 = "stablehlo.transpose"(%1843) {permutation = array<i64: 1, 0>} : (tensor<16x16xf32>) -> tensor<16x16xf32>
        %1845 = "stablehlo.multiply"(%1842, %1616) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1846 = "stablehlo.multiply"(%1842, %1615) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1847 = "stablehlo.multiply"(%1846, %1616) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1848 = "stablehlo.subtract"(%1585, %1616) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1849 = "stablehlo.multiply"(%1847, %1848) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1850 = "stablehlo.add"(%1845, %1849) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1851 = "stablehlo.multiply"(%1850, %1427) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1852 = "stablehlo.multiply"(%1850, %1613) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1853 = "stablehlo.multiply"(%1851, %1612) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1854 = "stablehlo.multiply"(%1851, %1601) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1855 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1856 = "stablehlo.reduce"(%1854, %1855) ({
        ^bb0(%1857: tensor<f32>, %1858: tensor<f32>):
            %1859 = "stablehlo.add"(%1857, %1858) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1859) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %1860 = "stablehlo.reshape"(%1856) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1861 = "stablehlo.multiply"(%1860, %1611) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1862 = "stablehlo.multiply"(%1861, %1783) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1863 = "stablehlo.divide"(%1862, %1610) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1864 = "stablehlo.divide"(%1863, %1533) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1865 = "stablehlo.reshape"(%1864) : (tensor<2x1xf32>) -> tensor<2xf32>
        %1866 = "stablehlo.broadcast_in_dim"(%1865) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x16xf32>
        %1867 = "stablehlo.multiply"(%1866, %1601) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1868 = "stablehlo.add"(%1853, %1867) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1869 = "stablehlo.add"(%1868, %1867) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1870 = "stablehlo.negate"(%1869) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %1871 = "stablehlo.add"(%1484, %1869) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1872 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1873 = "stablehlo.reduce"(%1870, %1872) ({
        ^bb0(%1874: tensor<f32>, %1875: tensor<f32>):
            %1876 = "stablehlo.add"(%1874, %1875) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1876) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %1877 = "stablehlo.reshape"(%1873) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1878 = "stablehlo.divide"(%1877, %1533) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1879 = "stablehlo.reshape"(%1878) : (tensor<2x1xf32>) -> tensor<2xf32>
        %1880 = "stablehlo.broadcast_in_dim"(%1879) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x16xf32>
        %1881 = "stablehlo.add"(%1871, %1880) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1882 = "stablehlo.dot_general"(%1881, %1426) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<2x16xf32>, tensor<16x16xf32>) -> tensor<2x16xf32>
        %1883 = "stablehlo.dot_general"(%1881, %1592) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<16x16xf32>
        %1884 = "stablehlo.transpose"(%1883) {permutation = array<i64: 1, 0>} : (tensor<16x16xf32>) -> tensor<16x16xf32>
        %1885 = "stablehlo.add"(%1809, %1882) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1886 = "stablehlo.multiply"(%1885, %1510) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1887 = "stablehlo.multiply"(%1885, %1590) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1888 = "stablehlo.negate"(%1886) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %1889 = "stablehlo.multiply"(%1885, %1583) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1890 = "stablehlo.multiply"(%1885, %1587) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1891 = "stablehlo.add"(%1888, %1889) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1892 = "stablehlo.multiply"(%1891, %1587) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1893 = "stablehlo.subtract"(%1585, %1587) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1894 = "stablehlo.multiply"(%1892, %1893) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1895 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1896 = "stablehlo.pad"(%1894, %1895) {edge_padding_low = array<i64: 0, 32>, edge_padding_high = array<i64: 0, 0>, interior_padding = array<i64: 0, 0>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2x48xf32>
        %1897 = "stablehlo.multiply"(%1583, %1583) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1898 = "stablehlo.subtract"(%1585, %1897) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1899 = "stablehlo.multiply"(%1890, %1898) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1900 = "stablehlo.multiply"(%1899, %1581) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1901 = "stablehlo.multiply"(%1899, %1580) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1902 = "stablehlo.pad"(%1901, %1895) {edge_padding_low = array<i64: 0, 16>, edge_padding_high = array<i64: 0, 16>, interior_padding = array<i64: 0, 0>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2x48xf32>
        %1903 = "stablehlo.add"(%1896, %1902) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %1904 = "stablehlo.multiply"(%1900, %1580) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1905 = "stablehlo.subtract"(%1585, %1580) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1906 = "stablehlo.multiply"(%1904, %1905) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1907 = "stablehlo.pad"(%1906, %1895) {edge_padding_low = array<i64: 0, 0>, edge_padding_high = array<i64: 0, 32>, interior_padding = array<i64: 0, 0>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2x48xf32>
        %1908 = "stablehlo.add"(%1903, %1907) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %1909 = "stablehlo.multiply"(%1908, %1424) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %1910 = "stablehlo.multiply"(%1908, %1576) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %1911 = "stablehlo.multiply"(%1909, %1575) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %1912 = "stablehlo.multiply"(%1909, %1564) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %1913 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1914 = "stablehlo.reduce"(%1912, %1913) ({
        ^bb0(%1915: tensor<f32>, %1916: tensor<f32>):
            %1917 = "stablehlo.add"(%1915, %1916) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1917) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x48xf32>, tensor<f32>) -> tensor<2xf32>
        %1918 = "stablehlo.reshape"(%1914) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1919 = "stablehlo.multiply"(%1918, %1574) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1920 = "stablehlo.multiply"(%1919, %1783) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1921 = "stablehlo.divide"(%1920, %1573) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1922 = "stablehlo.divide"(%1921, %1561) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1923 = "stablehlo.reshape"(%1922) : (tensor<2x1xf32>) -> tensor<2xf32>
        %1924 = "stablehlo.broadcast_in_dim"(%1923) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x48xf32>
        %1925 = "stablehlo.multiply"(%1924, %1564) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %1926 = "stablehlo.add"(%1911, %1925) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %1927 = "stablehlo.add"(%1926, %1925) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %1928 = "stablehlo.negate"(%1927) : (tensor<2x48xf32>) -> tensor<2x48xf32>
        %1929 = "stablehlo.add"(%1482, %1927) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %1930 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1931 = "stablehlo.reduce"(%1928, %1930) ({
        ^bb0(%1932: tensor<f32>, %1933: tensor<f32>):
            %1934 = "stablehlo.add"(%1932, %1933) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1934) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x48xf32>, tensor<f32>) -> tensor<2xf32>
        %1935 = "stablehlo.reshape"(%1931) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1936 = "stablehlo.divide"(%1935, %1561) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1937 = "stablehlo.reshape"(%1936) : (tensor<2x1xf32>) -> tensor<2xf32>
        %1938 = "stablehlo.broadcast_in_dim"(%1937) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x48xf32>
        %1939 = "stablehlo.add"(%1929, %1938) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %1940 = "stablehlo.dot_general"(%1939, %1423) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<2x48xf32>, tensor<32x48xf32>) -> tensor<2x32xf32>
        %1941 = "stablehlo.dot_general"(%1939, %1554) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x48xf32>, tensor<2x32xf32>) -> tensor<48x32xf32>
        %1942 = "stablehlo.transpose"(%1941) {permutation = array<i64: 1, 0>} : (tensor<48x32xf32>) -> tensor<32x48xf32>
        %1943 = "stablehlo.slice"(%1940) {start_indices = array<i64: 0, 0>, limit_indices = array<i64: 2, 16>, strides = array<i64: 1, 1>} : (tensor<2x32xf32>) -> tensor<2x16xf32>
        %1944 = "stablehlo.slice"(%1940) {start_indices = array<i64: 0, 16>, limit_indices = array<i64: 2, 32>, strides = array<i64: 1, 1>} : (tensor<2x32xf32>) -> tensor<2x16xf32>
        %1945 = "stablehlo.add"(%1887, %1943) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1946 = "stablehlo.multiply"(%1944, %1552) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1947 = "stablehlo.multiply"(%1944, %1551) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1948 = "stablehlo.multiply"(%1947, %1552) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1949 = "stablehlo.subtract"(%1585, %1552) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1950 = "stablehlo.multiply"(%1948, %1949) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1951 = "stablehlo.add"(%1946, %1950) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1952 = "stablehlo.multiply"(%1951, %1421) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1953 = "stablehlo.multiply"(%1951, %1549) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1954 = "stablehlo.multiply"(%1952, %1548) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1955 = "stablehlo.multiply"(%1952, %1536) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1956 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1957 = "stablehlo.reduce"(%1955, %1956) ({
        ^bb0(%1958: tensor<f32>, %1959: tensor<f32>):
            %1960 = "stablehlo.add"(%1958, %1959) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1960) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %1961 = "stablehlo.reshape"(%1957) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1962 = "stablehlo.multiply"(%1961, %1547) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1963 = "stablehlo.multiply"(%1962, %1783) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1964 = "stablehlo.divide"(%1963, %1546) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1965 = "stablehlo.divide"(%1964, %1533) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1966 = "stablehlo.reshape"(%1965) : (tensor<2x1xf32>) -> tensor<2xf32>
        %1967 = "stablehlo.broadcast_in_dim"(%1966) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x16xf32>
        %1968 = "stablehlo.multiply"(%1967, %1536) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1969 = "stablehlo.add"(%1954, %1968) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1970 = "stablehlo.add"(%1969, %1968) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1971 = "stablehlo.negate"(%1970) : (tensor<2x16xf32>) -> tensor<2x16xf32>
        %1972 = "stablehlo.add"(%1480, %1970) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1973 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1974 = "stablehlo.reduce"(%1971, %1973) ({
        ^bb0(%1975: tensor<f32>, %1976: tensor<f32>):
            %1977 = "stablehlo.add"(%1975, %1976) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1977) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %1978 = "stablehlo.reshape"(%1974) : (tensor<2xf32>) -> tensor<2x1xf32>
        %1979 = "stablehlo.divide"(%1978, %1533) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1980 = "stablehlo.reshape"(%1979) : (tensor<2x1xf32>) -> tensor<2xf32>
        %1981 = "stablehlo.broadcast_in_dim"(%1980) {broadcast_dimensions = array<i64: 0>} : (tensor<2xf32>) -> tensor<2x16xf32>
        %1982 = "stablehlo.add"(%1972, %1981) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %1983 = "stablehlo.dot_general"(%1982, %1420) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<2x16xf32>, tensor<17x16xf32>) -> tensor<2x17xf32>
        %1984 = "stablehlo.dot_general"(%1982, %1526) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<2x16xf32>, tensor<2x17xf32>) -> tensor<16x17xf32>
        %1985 = "stablehlo.transpose"(%1984) {permutation = array<i64: 1, 0>} : (tensor<16x17xf32>) -> tensor<17x16xf32>
        %1986 = "stablehlo.slice"(%1983) {start_indices = array<i64: 0, 0>, limit_indices = array<i64: 2, 16>, strides = array<i64: 1, 1>} : (tensor<2x17xf32>) -> tensor<2x16xf32>
        %1987 = "stablehlo.slice"(%1983) {start_indices = array<i64: 0, 16>, limit_indices = array<i64: 2, 17>, strides = array<i64: 1, 1>} : (tensor<2x17xf32>) -> tensor<2x1xf32>
        %1988 = "stablehlo.reshape"(%1986) : (tensor<2x16xf32>) -> tensor<2x4x4xf32>
        %1989 = "stablehlo.multiply"(%1987, %1523) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1990 = "stablehlo.multiply"(%1989, %1504) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1991 = "stablehlo.multiply"(%1989, %1442) : (tensor<2x1xf32>, tensor<2x1xf32>) -> tensor<2x1xf32>
        %1992 = "stablehlo.reshape"(%1991) : (tensor<2x1xf32>) -> tensor<2xf32>
        %1993 = "stablehlo.multiply"(%1988, %1515) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1994 = "stablehlo.multiply"(%1988, %1418) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %1995 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %1996 = "stablehlo.reduce"(%1994, %1995) ({
        ^bb0(%1997: tensor<f32>, %1998: tensor<f32>):
            %1999 = "stablehlo.add"(%1997, %1998) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%1999) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1, 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2xf32>
        %2000 = "stablehlo.reshape"(%1996) : (tensor<2xf32>) -> tensor<2x1x1xf32>
        %2001 = "stablehlo.reshape"(%2000) : (tensor<2x1x1xf32>) -> tensor<2xf32>
        %2002 = "stablehlo.multiply"(%1988, %1512) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %2003 = "stablehlo.multiply"(%1988, %1450) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %2004 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %2005 = "stablehlo.reduce"(%2003, %2004) ({
        ^bb0(%2006: tensor<f32>, %2007: tensor<f32>):
            %2008 = "stablehlo.add"(%2006, %2007) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%2008) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1, 2>} : (tensor<2x4x4xf32>, tensor<f32>) -> tensor<2xf32>
        %2009 = "stablehlo.reshape"(%2005) : (tensor<2xf32>) -> tensor<2x1x1xf32>
        %2010 = "stablehlo.reshape"(%2009) : (tensor<2x1x1xf32>) -> tensor<2xf32>
        %2011 = "stablehlo.add"(%1992, %2010) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %2012 = "stablehlo.multiply"(%1945, %1508) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %2013 = "stablehlo.multiply"(%1945, %1417) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %2014 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %2015 = "stablehlo.reduce"(%2013, %2014) ({
        ^bb0(%2016: tensor<f32>, %2017: tensor<f32>):
            %2018 = "stablehlo.add"(%2016, %2017) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%2018) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %2019 = "stablehlo.reshape"(%2015) : (tensor<2xf32>) -> tensor<2x1xf32>
        %2020 = "stablehlo.reshape"(%2019) : (tensor<2x1xf32>) -> tensor<2xf32>
        %2021 = "stablehlo.add"(%2001, %2020) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %2022 = "stablehlo.multiply"(%1945, %1505) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %2023 = "stablehlo.multiply"(%1945, %1448) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %2024 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %2025 = "stablehlo.reduce"(%2023, %2024) ({
        ^bb0(%2026: tensor<f32>, %2027: tensor<f32>):
            %2028 = "stablehlo.add"(%2026, %2027) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%2028) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 1>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<2xf32>
        %2029 = "stablehlo.reshape"(%2025) : (tensor<2xf32>) -> tensor<2x1xf32>
        %2030 = "stablehlo.reshape"(%2029) : (tensor<2x1xf32>) -> tensor<2xf32>
        %2031 = "stablehlo.add"(%2011, %2030) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %2032 = "stablehlo.negate"(%2031) : (tensor<2xf32>) -> tensor<2xf32>
        %2033 = "stablehlo.add"(%2021, %2032) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %2034 = "stablehlo.constant"() {value = dense<0.0> : tensor<2x4x4xf32>} : () -> tensor<2x4x4xf32>
        %2035 = "stablehlo.constant"() {value = dense<0> : tensor<2xui32>} : () -> tensor<2xui32>
        %2036 = "stablehlo.add"(%2022, %1496) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %2037 = "stablehlo.add"(%2002, %1498) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %2038 = "stablehlo.add"(%2034, %1500) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %2039 = "stablehlo.add"(%1341, %2012) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %2040 = "stablehlo.add"(%1342, %1993) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %2041 = "stablehlo.add"(%1343, %2034) : (tensor<2x4x4xf32>, tensor<2x4x4xf32>) -> tensor<2x4x4xf32>
        %2042 = "stablehlo.add"(%1344, %1985) : (tensor<17x16xf32>, tensor<17x16xf32>) -> tensor<17x16xf32>
        %2043 = "stablehlo.add"(%1345, %1953) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %2044 = "stablehlo.add"(%1346, %1951) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %2045 = "stablehlo.add"(%1347, %1942) : (tensor<32x48xf32>, tensor<32x48xf32>) -> tensor<32x48xf32>
        %2046 = "stablehlo.add"(%1348, %1910) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %2047 = "stablehlo.add"(%1349, %1908) : (tensor<2x48xf32>, tensor<2x48xf32>) -> tensor<2x48xf32>
        %2048 = "stablehlo.add"(%1350, %1884) : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
        %2049 = "stablehlo.add"(%1351, %1852) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %2050 = "stablehlo.add"(%1352, %1850) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %2051 = "stablehlo.add"(%1353, %1844) : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
        %2052 = "stablehlo.add"(%1354, %1840) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %2053 = "stablehlo.add"(%1355, %1806) : (tensor<144x16xf32>, tensor<144x16xf32>) -> tensor<144x16xf32>
        %2054 = "stablehlo.add"(%1356, %1773) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %2055 = "stablehlo.add"(%1357, %1771) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %2056 = "stablehlo.add"(%1358, %1765) : (tensor<16x16xf32>, tensor<16x16xf32>) -> tensor<16x16xf32>
        %2057 = "stablehlo.add"(%1359, %1761) : (tensor<2x16xf32>, tensor<2x16xf32>) -> tensor<2x16xf32>
        %2058 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %2059 = "stablehlo.add"(%1337, %2058) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %2060 = "stablehlo.reshape"(%1808) : (tensor<2x128xf32>) -> tensor<1x2x128xf32>
        %2061 = "stablehlo.dynamic_update_slice"(%1360, %2060, %1437, %1438, %1438) : (tensor<3x2x128xf32>, tensor<1x2x128xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x128xf32>
        %2062 = "stablehlo.reshape"(%1990) : (tensor<2x1xf32>) -> tensor<1x2x1xf32>
        %2063 = "stablehlo.dynamic_update_slice"(%1361, %2062, %1437, %1438, %1438) : (tensor<3x2x1xf32>, tensor<1x2x1xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x1xf32>
        %2064 = "stablehlo.reshape"(%2033) : (tensor<2xf32>) -> tensor<1x2xf32>
        %2065 = "stablehlo.dynamic_update_slice"(%1362, %2064, %1437, %1438) : (tensor<3x2xf32>, tensor<1x2xf32>, tensor<i32>, tensor<i32>) -> tensor<3x2xf32>
        %2066 = "stablehlo.reshape"(%2035) : (tensor<2xui32>) -> tensor<1x2xui32>
        %2067 = "stablehlo.dynamic_update_slice"(%1363, %2066, %1437, %1438) : (tensor<3x2xui32>, tensor<1x2xui32>, tensor<i32>, tensor<i32>) -> tensor<3x2xui32>
        %2068 = "stablehlo.reshape"(%1338) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %2069 = "stablehlo.dynamic_update_slice"(%1364, %2068, %1437, %1438, %1438) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        %2070 = "stablehlo.reshape"(%1339) : (tensor<2x4x4xf32>) -> tensor<1x2x4x4xf32>
        %2071 = "stablehlo.dynamic_update_slice"(%1365, %2070, %1437, %1438, %1438, %1438) : (tensor<3x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x4x4xf32>
        %2072 = "stablehlo.reshape"(%1340) : (tensor<2x4x4xf32>) -> tensor<1x2x4x4xf32>
        %2073 = "stablehlo.dynamic_update_slice"(%1366, %2072, %1437, %1438, %1438, %1438) : (tensor<3x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x4x4xf32>
        %2074 = "stablehlo.reshape"(%1341) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %2075 = "stablehlo.dynamic_update_slice"(%1367, %2074, %1437, %1438, %1438) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        %2076 = "stablehlo.reshape"(%1342) : (tensor<2x4x4xf32>) -> tensor<1x2x4x4xf32>
        %2077 = "stablehlo.dynamic_update_slice"(%1368, %2076, %1437, %1438, %1438, %1438) : (tensor<3x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x4x4xf32>
        %2078 = "stablehlo.reshape"(%1343) : (tensor<2x4x4xf32>) -> tensor<1x2x4x4xf32>
        %2079 = "stablehlo.dynamic_update_slice"(%1369, %2078, %1437, %1438, %1438, %1438) : (tensor<3x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<i32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x4x4xf32>
        %2080 = "stablehlo.reshape"(%1344) : (tensor<17x16xf32>) -> tensor<1x17x16xf32>
        %2081 = "stablehlo.dynamic_update_slice"(%1370, %2080, %1437, %1438, %1438) : (tensor<3x17x16xf32>, tensor<1x17x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x17x16xf32>
        %2082 = "stablehlo.reshape"(%1345) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %2083 = "stablehlo.dynamic_update_slice"(%1371, %2082, %1437, %1438, %1438) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        %2084 = "stablehlo.reshape"(%1346) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %2085 = "stablehlo.dynamic_update_slice"(%1372, %2084, %1437, %1438, %1438) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        %2086 = "stablehlo.reshape"(%1347) : (tensor<32x48xf32>) -> tensor<1x32x48xf32>
        %2087 = "stablehlo.dynamic_update_slice"(%1373, %2086, %1437, %1438, %1438) : (tensor<3x32x48xf32>, tensor<1x32x48xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x32x48xf32>
        %2088 = "stablehlo.reshape"(%1348) : (tensor<2x48xf32>) -> tensor<1x2x48xf32>
        %2089 = "stablehlo.dynamic_update_slice"(%1374, %2088, %1437, %1438, %1438) : (tensor<3x2x48xf32>, tensor<1x2x48xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x48xf32>
        %2090 = "stablehlo.reshape"(%1349) : (tensor<2x48xf32>) -> tensor<1x2x48xf32>
        %2091 = "stablehlo.dynamic_update_slice"(%1375, %2090, %1437, %1438, %1438) : (tensor<3x2x48xf32>, tensor<1x2x48xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x48xf32>
        %2092 = "stablehlo.reshape"(%1350) : (tensor<16x16xf32>) -> tensor<1x16x16xf32>
        %2093 = "stablehlo.dynamic_update_slice"(%1376, %2092, %1437, %1438, %1438) : (tensor<3x16x16xf32>, tensor<1x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x16x16xf32>
        %2094 = "stablehlo.reshape"(%1351) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %2095 = "stablehlo.dynamic_update_slice"(%1377, %2094, %1437, %1438, %1438) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        %2096 = "stablehlo.reshape"(%1352) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %2097 = "stablehlo.dynamic_update_slice"(%1378, %2096, %1437, %1438, %1438) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        %2098 = "stablehlo.reshape"(%1353) : (tensor<16x16xf32>) -> tensor<1x16x16xf32>
        %2099 = "stablehlo.dynamic_update_slice"(%1379, %2098, %1437, %1438, %1438) : (tensor<3x16x16xf32>, tensor<1x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x16x16xf32>
        %2100 = "stablehlo.reshape"(%1354) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %2101 = "stablehlo.dynamic_update_slice"(%1380, %2100, %1437, %1438, %1438) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        %2102 = "stablehlo.reshape"(%1355) : (tensor<144x16xf32>) -> tensor<1x144x16xf32>
        %2103 = "stablehlo.dynamic_update_slice"(%1381, %2102, %1437, %1438, %1438) : (tensor<3x144x16xf32>, tensor<1x144x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x144x16xf32>
        %2104 = "stablehlo.reshape"(%1356) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %2105 = "stablehlo.dynamic_update_slice"(%1382, %2104, %1437, %1438, %1438) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        %2106 = "stablehlo.reshape"(%1357) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %2107 = "stablehlo.dynamic_update_slice"(%1383, %2106, %1437, %1438, %1438) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        %2108 = "stablehlo.reshape"(%1358) : (tensor<16x16xf32>) -> tensor<1x16x16xf32>
        %2109 = "stablehlo.dynamic_update_slice"(%1384, %2108, %1437, %1438, %1438) : (tensor<3x16x16xf32>, tensor<1x16x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x16x16xf32>
        %2110 = "stablehlo.reshape"(%1359) : (tensor<2x16xf32>) -> tensor<1x2x16xf32>
        %2111 = "stablehlo.dynamic_update_slice"(%1385, %2110, %1437, %1438, %1438) : (tensor<3x2x16xf32>, tensor<1x2x16xf32>, tensor<i32>, tensor<i32>, tensor<i32>) -> tensor<3x2x16xf32>
        "stablehlo.return"(%2059, %2036, %2037, %2038, %2039, %2040, %2041, %2042, %2043, %2044, %2045, %2046, %2047, %2048, %2049, %2050, %2051, %2052, %2053, %2054, %2055, %2056, %2057, %2061, %2063, %2065, %2067, %2069, %2071, %2073, %2075, %2077, %2079, %2081, %2083, %2085, %2087, %2089, %2091, %2093, %2095, %2097, %2099, %2101, %2103, %2105, %2107, %2109, %2111, %1386, %1387, %1388, %1389, %1390, %1391, %1392, %1393, %1394, %1395, %1396, %1397, %1398, %1399, %1400, %1401, %1402, %1403, %1404, %1405, %1406, %1407, %1408, %1409, %1410, %1411, %1412, %1413, %1414, %1415, %1416, %1417, %1418, %1419, %1420, %1421, %1422, %1423, %1424, %1425, %1426, %1427, %1428, %1429, %1430, %1431, %1432, %1433, %1434, %1435) : (tensor<i32>, tensor<2x16xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<2x16xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<17x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<32x48xf32>, tensor<2x48xf32>, tensor<2x48xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<144x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<3x2x128xf32>, tensor<3x2x1xf32>, tensor<3x2xf32>, tensor<3x2xui32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x17x16xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x32x48xf32>, tensor<3x2x48xf32>, tensor<3x2x48xf32>, tensor<3x16x16xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x16x16xf32>, tensor<3x2x16xf32>, tensor<3x144x16xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x16x16xf32>, tensor<3x2x16xf32>, tensor<3x2x128xf32>, tensor<3x2x1xf32>, tensor<3x2xf32>, tensor<3x2xui32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x48xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x48xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<2x16xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<17x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<32x48xf32>, tensor<2x48xf32>, tensor<2x48xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<144x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>) -> ()
    }) : (tensor<i32>, tensor<2x16xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<2x16xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<17x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<32x48xf32>, tensor<2x48xf32>, tensor<2x48xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<144x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<3x2x128xf32>, tensor<3x2x1xf32>, tensor<3x2xf32>, tensor<3x2xui32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x17x16xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x32x48xf32>, tensor<3x2x48xf32>, tensor<3x2x48xf32>, tensor<3x16x16xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x16x16xf32>, tensor<3x2x16xf32>, tensor<3x144x16xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x16x16xf32>, tensor<3x2x16xf32>, tensor<3x2x128xf32>, tensor<3x2x1xf32>, tensor<3x2xf32>, tensor<3x2xui32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x48xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x48xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<2x16xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<17x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<32x48xf32>, tensor<2x48xf32>, tensor<2x48xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<144x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>) -> (tensor<i32>, tensor<2x16xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<2x16xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<17x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<32x48xf32>, tensor<2x48xf32>, tensor<2x48xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<144x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<3x2x128xf32>, tensor<3x2x1xf32>, tensor<3x2xf32>, tensor<3x2xui32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x17x16xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x32x48xf32>, tensor<3x2x48xf32>, tensor<3x2x48xf32>, tensor<3x16x16xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x16x16xf32>, tensor<3x2x16xf32>, tensor<3x144x16xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x16x16xf32>, tensor<3x2x16xf32>, tensor<3x2x128xf32>, tensor<3x2x1xf32>, tensor<3x2xf32>, tensor<3x2xui32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x48xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x48xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x16xf32>, tensor<3x2x4x4xf32>, tensor<3x2x4x4xf32>, tensor<2x16xf32>, tensor<2x4x4xf32>, tensor<2x4x4xf32>, tensor<17x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<32x48xf32>, tensor<2x48xf32>, tensor<2x48xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>, tensor<144x16xf32>, tensor<2x16xf32>, tensor<2x16xf32>, tensor<16x16xf32>, tensor<2x16xf32>)
    %2112 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2113 = "stablehlo.reduce"(%1235#22, %2112) ({
    ^bb0(%2114: tensor<f32>, %2115: tensor<f32>):
        %2116 = "stablehlo.add"(%2114, %2115) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2116) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2117 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2118 = "stablehlo.reduce"(%1235#20, %2117) ({
    ^bb0(%2119: tensor<f32>, %2120: tensor<f32>):
        %2121 = "stablehlo.add"(%2119, %2120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2121) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2122 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2123 = "stablehlo.reduce"(%1235#19, %2122) ({
    ^bb0(%2124: tensor<f32>, %2125: tensor<f32>):
        %2126 = "stablehlo.add"(%2124, %2125) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2126) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2127 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2128 = "stablehlo.reduce"(%1235#17, %2127) ({
    ^bb0(%2129: tensor<f32>, %2130: tensor<f32>):
        %2131 = "stablehlo.add"(%2129, %2130) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2131) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2132 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2133 = "stablehlo.reduce"(%1235#15, %2132) ({
    ^bb0(%2134: tensor<f32>, %2135: tensor<f32>):
        %2136 = "stablehlo.add"(%2134, %2135) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2136) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2137 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2138 = "stablehlo.reduce"(%1235#14, %2137) ({
    ^bb0(%2139: tensor<f32>, %2140: tensor<f32>):
        %2141 = "stablehlo.add"(%2139, %2140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2141) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2142 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2143 = "stablehlo.reduce"(%1235#12, %2142) ({
    ^bb0(%2144: tensor<f32>, %2145: tensor<f32>):
        %2146 = "stablehlo.add"(%2144, %2145) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2146) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x48xf32>, tensor<f32>) -> tensor<48xf32>
    %2147 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2148 = "stablehlo.reduce"(%1235#11, %2147) ({
    ^bb0(%2149: tensor<f32>, %2150: tensor<f32>):
        %2151 = "stablehlo.add"(%2149, %2150) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2151) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x48xf32>, tensor<f32>) -> tensor<48xf32>
    %2152 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2153 = "stablehlo.reduce"(%1235#9, %2152) ({
    ^bb0(%2154: tensor<f32>, %2155: tensor<f32>):
        %2156 = "stablehlo.add"(%2154, %2155) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2156) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2157 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2158 = "stablehlo.reduce"(%1235#8, %2157) ({
    ^bb0(%2159: tensor<f32>, %2160: tensor<f32>):
        %2161 = "stablehlo.add"(%2159, %2160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2161) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2162 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2163 = "stablehlo.reduce"(%1235#4, %2162) ({
    ^bb0(%2164: tensor<f32>, %2165: tensor<f32>):
        %2166 = "stablehlo.add"(%2164, %2165) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2166) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2167 = "stablehlo.reshape"(%2163) : (tensor<16xf32>) -> tensor<1x16xf32>
    %2168 = "stablehlo.reshape"(%2167) : (tensor<1x16xf32>) -> tensor<16xf32>
    %2169 = "stablehlo.multiply"(%0, %0) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2170 = "stablehlo.constant"() {value = dense<1.0> : tensor<16xf32>} : () -> tensor<16xf32>
    %2171 = "stablehlo.subtract"(%2170, %2169) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2172 = "stablehlo.multiply"(%2168, %2171) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2173 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %2174 = "stablehlo.reduce"(%1235#1, %2173) ({
    ^bb0(%2175: tensor<f32>, %2176: tensor<f32>):
        %2177 = "stablehlo.add"(%2175, %2176) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%2177) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2x16xf32>, tensor<f32>) -> tensor<16xf32>
    %2178 = "stablehlo.reshape"(%2174) : (tensor<16xf32>) -> tensor<1x16xf32>
    %2179 = "stablehlo.reshape"(%2178) : (tensor<1x16xf32>) -> tensor<16xf32>
    %2180 = "stablehlo.multiply"(%2179, %2171) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %2181 = "stablehlo.add"(%2172, %2180) : (tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    return %1183, %2181, %1235#13, %2138, %2133, %1235#16, %2128, %1235#7, %2158, %2153, %1235#10, %2148, %2143, %1235#18, %2123, %2118, %1235#21, %2113 : tensor<f32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xf32>, tensor<17x16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<32x48xf32>, tensor<48xf32>, tensor<48xf32>, tensor<144x16xf32>, tensor<16xf32>, tensor<16xf32>, tensor<16x16xf32>, tensor<16xf32>
  }
}
