module @graph_ops_scan attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<2xf32>, %arg1: tensor<3x2xf32>, %arg2: tensor<2xf32>, %arg3: tensor<2xui32>) -> (tensor<f32>, tensor<2xf32>, tensor<3x2xf32>, tensor<2xf32>, tensor<2xf32>) {
    %0 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %1 = "stablehlo.constant"() {value = dense<0.0> : tensor<3xf32>} : () -> tensor<3xf32>
    %2 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2xf32>} : () -> tensor<3x2xf32>
    %3:6 = "stablehlo.while"(%0, %arg0, %1, %2, %arg1, %arg2) ({
    ^bb0(%4: tensor<i32>, %5: tensor<2xf32>, %6: tensor<3xf32>, %7: tensor<3x2xf32>, %8: tensor<3x2xf32>, %9: tensor<2xf32>):
        %10 = "stablehlo.constant"() {value = dense<3> : tensor<i32>} : () -> tensor<i32>
        %11 = "stablehlo.compare"(%4, %10) {comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%11) : (tensor<i1>) -> ()
    }, {
    ^bb0(%12: tensor<i32>, %13: tensor<2xf32>, %14: tensor<3xf32>, %15: tensor<3x2xf32>, %16: tensor<3x2xf32>, %17: tensor<2xf32>):
        %18 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %19 = "stablehlo.dynamic_slice"(%16, %12, %18) {slice_sizes = array<i64: 1, 2>} : (tensor<3x2xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2xf32>
        %20 = "stablehlo.reshape"(%19) : (tensor<1x2xf32>) -> tensor<2xf32>
        %21 = "stablehlo.multiply"(%13, %17) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %22 = "stablehlo.add"(%21, %20) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %23 = "stablehlo.tanh"(%22) : (tensor<2xf32>) -> tensor<2xf32>
        %24 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
        %25 = "stablehlo.reduce"(%23, %24) ({
        ^bb0(%26: tensor<f32>, %27: tensor<f32>):
            %28 = "stablehlo.add"(%26, %27) : (tensor<f32>, tensor<f32>) -> tensor<f32>
            "stablehlo.return"(%28) : (tensor<f32>) -> ()
        }) {dimensions = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
        %29 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %30 = "stablehlo.add"(%12, %29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %31 = "stablehlo.reshape"(%25) : (tensor<f32>) -> tensor<1xf32>
        %32 = "stablehlo.dynamic_update_slice"(%14, %31, %12) : (tensor<3xf32>, tensor<1xf32>, tensor<i32>) -> tensor<3xf32>
        %33 = "stablehlo.reshape"(%13) : (tensor<2xf32>) -> tensor<1x2xf32>
        %34 = "stablehlo.dynamic_update_slice"(%15, %33, %12, %18) : (tensor<3x2xf32>, tensor<1x2xf32>, tensor<i32>, tensor<i32>) -> tensor<3x2xf32>
        "stablehlo.return"(%30, %23, %32, %34, %16, %17) : (tensor<i32>, tensor<2xf32>, tensor<3xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<2xf32>) -> ()
    }) : (tensor<i32>, tensor<2xf32>, tensor<3xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<2xf32>) -> (tensor<i32>, tensor<2xf32>, tensor<3xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<2xf32>)
    %35 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %36 = "stablehlo.reduce"(%3#2, %35) ({
    ^bb0(%37: tensor<f32>, %38: tensor<f32>):
        %39 = "stablehlo.add"(%37, %38) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%39) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<3xf32>, tensor<f32>) -> tensor<f32>
    %40 = "stablehlo.constant"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
    %41 = "stablehlo.reduce"(%3#1, %40) ({
    ^bb0(%42: tensor<f32>, %43: tensor<f32>):
        %44 = "stablehlo.add"(%42, %43) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%44) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<f32>
    %45 = "stablehlo.add"(%36, %41) : (tensor<f32>, tensor<f32>) -> tensor<f32>
    %46 = "stablehlo.constant"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
    %47 = "stablehlo.broadcast_in_dim"(%46) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
    %48 = "stablehlo.broadcast_in_dim"(%46) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<3xf32>
    %49 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2xf32>} : () -> tensor<3x2xf32>
    %50 = "stablehlo.constant"() {value = dense<0.0> : tensor<2xf32>} : () -> tensor<2xf32>
    %51 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
    %52 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2xf32>} : () -> tensor<3x2xf32>
    %53 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2xf32>} : () -> tensor<3x2xf32>
    %54 = "stablehlo.constant"() {value = dense<0.0> : tensor<3x2xf32>} : () -> tensor<3x2xf32>
    %55:11 = "stablehlo.while"(%51, %47, %50, %52, %53, %54, %arg1, %3#3, %48, %49, %arg2) ({
    ^bb0(%56: tensor<i32>, %57: tensor<2xf32>, %58: tensor<2xf32>, %59: tensor<3x2xf32>, %60: tensor<3x2xf32>, %61: tensor<3x2xf32>, %62: tensor<3x2xf32>, %63: tensor<3x2xf32>, %64: tensor<3xf32>, %65: tensor<3x2xf32>, %66: tensor<2xf32>):
        %67 = "stablehlo.constant"() {value = dense<3> : tensor<i32>} : () -> tensor<i32>
        %68 = "stablehlo.compare"(%56, %67) {comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
        "stablehlo.return"(%68) : (tensor<i1>) -> ()
    }, {
    ^bb0(%69: tensor<i32>, %70: tensor<2xf32>, %71: tensor<2xf32>, %72: tensor<3x2xf32>, %73: tensor<3x2xf32>, %74: tensor<3x2xf32>, %75: tensor<3x2xf32>, %76: tensor<3x2xf32>, %77: tensor<3xf32>, %78: tensor<3x2xf32>, %79: tensor<2xf32>):
        %80 = "stablehlo.constant"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
        %81 = "stablehlo.subtract"(%80, %69) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %82 = "stablehlo.constant"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
        %83 = "stablehlo.dynamic_slice"(%75, %81, %82) {slice_sizes = array<i64: 1, 2>} : (tensor<3x2xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2xf32>
        %84 = "stablehlo.reshape"(%83) : (tensor<1x2xf32>) -> tensor<2xf32>
        %85 = "stablehlo.dynamic_slice"(%76, %81, %82) {slice_sizes = array<i64: 1, 2>} : (tensor<3x2xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2xf32>
        %86 = "stablehlo.reshape"(%85) : (tensor<1x2xf32>) -> tensor<2xf32>
        %87 = "stablehlo.dynamic_slice"(%77, %81) {slice_sizes = array<i64: 1>} : (tensor<3xf32>, tensor<i32>) -> tensor<1xf32>
        %88 = "stablehlo.reshape"(%87) : (tensor<1xf32>) -> tensor<f32>
        %89 = "stablehlo.dynamic_slice"(%78, %81, %82) {slice_sizes = array<i64: 1, 2>} : (tensor<3x2xf32>, tensor<i32>, tensor<i32>) -> tensor<1x2xf32>
        %90 = "stablehlo.reshape"(%89) : (tensor<1x2xf32>) -> tensor<2xf32>
        %91 = "stablehlo.multiply"(%86, %79) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %92 = "stablehlo.add"(%91, %84) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %93 = "stablehlo.tanh"(%92) : (tensor<2xf32>) -> tensor<2xf32>
        %94 = "stablehlo.broadcast_in_dim"(%88) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<2xf32>
        %95 = "stablehlo.add"(%70, %94) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %96 = "stablehlo.multiply"(%93, %93) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %97 = "stablehlo.constant"() {value = dense<1.0> : tensor<2xf32>} : () -> tensor<2xf32>
        %98 = "stablehlo.subtract"(%97, %96) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %99 = "stablehlo.multiply"(%95, %98) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %100 = "stablehlo.multiply"(%99, %79) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %101 = "stablehlo.multiply"(%99, %86) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %102 = "stablehlo.add"(%100, %90) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %103 = "stablehlo.add"(%71, %101) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
        %104 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
        %105 = "stablehlo.add"(%69, %104) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        %106 = "stablehlo.reshape"(%99) : (tensor<2xf32>) -> tensor<1x2xf32>
        %107 = "stablehlo.dynamic_update_slice"(%72, %106, %81, %82) : (tensor<3x2xf32>, tensor<1x2xf32>, tensor<i32>, tensor<i32>) -> tensor<3x2xf32>
        %108 = "stablehlo.reshape"(%70) : (tensor<2xf32>) -> tensor<1x2xf32>
        %109 = "stablehlo.dynamic_update_slice"(%73, %108, %81, %82) : (tensor<3x2xf32>, tensor<1x2xf32>, tensor<i32>, tensor<i32>) -> tensor<3x2xf32>
        %110 = "stablehlo.reshape"(%71) : (tensor<2xf32>) -> tensor<1x2xf32>
        %111 = "stablehlo.dynamic_update_slice"(%74, %110, %81, %82) : (tensor<3x2xf32>, tensor<1x2xf32>, tensor<i32>, tensor<i32>) -> tensor<3x2xf32>
        "stablehlo.return"(%105, %102, %103, %107, %109, %111, %75, %76, %77, %78, %79) : (tensor<i32>, tensor<2xf32>, tensor<2xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<3xf32>, tensor<3x2xf32>, tensor<2xf32>) -> ()
    }) : (tensor<i32>, tensor<2xf32>, tensor<2xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<3xf32>, tensor<3x2xf32>, tensor<2xf32>) -> (tensor<i32>, tensor<2xf32>, tensor<2xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>, tensor<3xf32>, tensor<3x2xf32>, tensor<2xf32>)
    %112 = "stablehlo.slice"(%arg3) {start_indices = array<i64: 0>, limit_indices = array<i64: 1>, strides = array<i64: 1>} : (tensor<2xui32>) -> tensor<1xui32>
    %113 = "stablehlo.reshape"(%112) : (tensor<1xui32>) -> tensor<ui32>
    %114 = "stablehlo.slice"(%arg3) {start_indices = array<i64: 1>, limit_indices = array<i64: 2>, strides = array<i64: 1>} : (tensor<2xui32>) -> tensor<1xui32>
    %115 = "stablehlo.reshape"(%114) : (tensor<1xui32>) -> tensor<ui32>
    %116 = "stablehlo.iota"() {iota_dimension = 0 : i64} : () -> tensor<1xui32>
    %117 = "stablehlo.constant"() {value = dense<0> : tensor<1xui32>} : () -> tensor<1xui32>
    %118 = "stablehlo.xor"(%113, %115) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %119 = "stablehlo.constant"() {value = dense<466688986> : tensor<ui32>} : () -> tensor<ui32>
    %120 = "stablehlo.xor"(%118, %119) : (tensor<ui32>, tensor<ui32>) -> tensor<ui32>
    %121 = "stablehlo.broadcast_in_dim"(%113) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %122 = "stablehlo.broadcast_in_dim"(%115) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %123 = "stablehlo.broadcast_in_dim"(%120) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %124 = "stablehlo.add"(%116, %121) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %125 = "stablehlo.add"(%117, %122) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %126 = "stablehlo.add"(%124, %125) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %127 = "stablehlo.constant"() {value = dense<13> : tensor<ui32>} : () -> tensor<ui32>
    %128 = "stablehlo.broadcast_in_dim"(%127) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %129 = "stablehlo.shift_left"(%125, %128) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %130 = "stablehlo.constant"() {value = dense<19> : tensor<ui32>} : () -> tensor<ui32>
    %131 = "stablehlo.broadcast_in_dim"(%130) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %132 = "stablehlo.shift_right_logical"(%125, %131) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %133 = "stablehlo.or"(%129, %132) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %134 = "stablehlo.xor"(%133, %126) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %135 = "stablehlo.add"(%126, %134) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %136 = "stablehlo.constant"() {value = dense<15> : tensor<ui32>} : () -> tensor<ui32>
    %137 = "stablehlo.broadcast_in_dim"(%136) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %138 = "stablehlo.shift_left"(%134, %137) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %139 = "stablehlo.constant"() {value = dense<17> : tensor<ui32>} : () -> tensor<ui32>
    %140 = "stablehlo.broadcast_in_dim"(%139) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %141 = "stablehlo.shift_right_logical"(%134, %140) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %142 = "stablehlo.or"(%138, %141) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %143 = "stablehlo.xor"(%142, %135) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %144 = "stablehlo.add"(%135, %143) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %145 = "stablehlo.constant"() {value = dense<26> : tensor<ui32>} : () -> tensor<ui32>
    %146 = "stablehlo.broadcast_in_dim"(%145) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %147 = "stablehlo.shift_left"(%143, %146) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %148 = "stablehlo.constant"() {value = dense<6> : tensor<ui32>} : () -> tensor<ui32>
    %149 = "stablehlo.broadcast_in_dim"(%148) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %150 = "stablehlo.shift_right_logical"(%143, %149) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %151 = "stablehlo.or"(%147, %150) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %152 = "stablehlo.xor"(%151, %144) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %153 = "stablehlo.add"(%144, %152) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %154 = "stablehlo.shift_left"(%152, %149) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %155 = "stablehlo.shift_right_logical"(%152, %146) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %156 = "stablehlo.or"(%154, %155) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %157 = "stablehlo.xor"(%156, %153) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %158 = "stablehlo.add"(%153, %122) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %159 = "stablehlo.add"(%157, %123) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %160 = "stablehlo.constant"() {value = dense<1> : tensor<ui32>} : () -> tensor<ui32>
    %161 = "stablehlo.broadcast_in_dim"(%160) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %162 = "stablehlo.add"(%159, %161) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %163 = "stablehlo.add"(%158, %162) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %164 = "stablehlo.shift_left"(%162, %140) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %165 = "stablehlo.shift_right_logical"(%162, %137) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %166 = "stablehlo.or"(%164, %165) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %167 = "stablehlo.xor"(%166, %163) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %168 = "stablehlo.add"(%163, %167) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %169 = "stablehlo.constant"() {value = dense<29> : tensor<ui32>} : () -> tensor<ui32>
    %170 = "stablehlo.broadcast_in_dim"(%169) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %171 = "stablehlo.shift_left"(%167, %170) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %172 = "stablehlo.constant"() {value = dense<3> : tensor<ui32>} : () -> tensor<ui32>
    %173 = "stablehlo.broadcast_in_dim"(%172) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %174 = "stablehlo.shift_right_logical"(%167, %173) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %175 = "stablehlo.or"(%171, %174) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %176 = "stablehlo.xor"(%175, %168) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %177 = "stablehlo.add"(%168, %176) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %178 = "stablehlo.constant"() {value = dense<16> : tensor<ui32>} : () -> tensor<ui32>
    %179 = "stablehlo.broadcast_in_dim"(%178) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %180 = "stablehlo.shift_left"(%176, %179) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %181 = "stablehlo.shift_right_logical"(%176, %179) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %182 = "stablehlo.or"(%180, %181) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %183 = "stablehlo.xor"(%182, %177) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %184 = "stablehlo.add"(%177, %183) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %185 = "stablehlo.constant"() {value = dense<24> : tensor<ui32>} : () -> tensor<ui32>
    %186 = "stablehlo.broadcast_in_dim"(%185) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %187 = "stablehlo.shift_left"(%183, %186) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %188 = "stablehlo.constant"() {value = dense<8> : tensor<ui32>} : () -> tensor<ui32>
    %189 = "stablehlo.broadcast_in_dim"(%188) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %190 = "stablehlo.shift_right_logical"(%183, %189) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %191 = "stablehlo.or"(%187, %190) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %192 = "stablehlo.xor"(%191, %184) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %193 = "stablehlo.add"(%184, %123) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %194 = "stablehlo.add"(%192, %121) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %195 = "stablehlo.constant"() {value = dense<2> : tensor<ui32>} : () -> tensor<ui32>
    %196 = "stablehlo.broadcast_in_dim"(%195) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %197 = "stablehlo.add"(%194, %196) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %198 = "stablehlo.add"(%193, %197) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %199 = "stablehlo.shift_left"(%197, %128) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %200 = "stablehlo.shift_right_logical"(%197, %131) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %201 = "stablehlo.or"(%199, %200) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %202 = "stablehlo.xor"(%201, %198) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %203 = "stablehlo.add"(%198, %202) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %204 = "stablehlo.shift_left"(%202, %137) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %205 = "stablehlo.shift_right_logical"(%202, %140) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %206 = "stablehlo.or"(%204, %205) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %207 = "stablehlo.xor"(%206, %203) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %208 = "stablehlo.add"(%203, %207) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %209 = "stablehlo.shift_left"(%207, %146) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %210 = "stablehlo.shift_right_logical"(%207, %149) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %211 = "stablehlo.or"(%209, %210) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %212 = "stablehlo.xor"(%211, %208) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %213 = "stablehlo.add"(%208, %212) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %214 = "stablehlo.shift_left"(%212, %149) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %215 = "stablehlo.shift_right_logical"(%212, %146) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %216 = "stablehlo.or"(%214, %215) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %217 = "stablehlo.xor"(%216, %213) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %218 = "stablehlo.add"(%213, %121) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %219 = "stablehlo.add"(%217, %122) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %220 = "stablehlo.add"(%219, %173) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %221 = "stablehlo.add"(%218, %220) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %222 = "stablehlo.shift_left"(%220, %140) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %223 = "stablehlo.shift_right_logical"(%220, %137) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %224 = "stablehlo.or"(%222, %223) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %225 = "stablehlo.xor"(%224, %221) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %226 = "stablehlo.add"(%221, %225) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %227 = "stablehlo.shift_left"(%225, %170) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %228 = "stablehlo.shift_right_logical"(%225, %173) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %229 = "stablehlo.or"(%227, %228) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %230 = "stablehlo.xor"(%229, %226) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %231 = "stablehlo.add"(%226, %230) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %232 = "stablehlo.shift_left"(%230, %179) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %233 = "stablehlo.shift_right_logical"(%230, %179) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %234 = "stablehlo.or"(%232, %233) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %235 = "stablehlo.xor"(%234, %231) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %236 = "stablehlo.add"(%231, %235) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %237 = "stablehlo.shift_left"(%235, %186) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %238 = "stablehlo.shift_right_logical"(%235, %189) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %239 = "stablehlo.or"(%237, %238) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %240 = "stablehlo.xor"(%239, %236) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %241 = "stablehlo.add"(%236, %122) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %242 = "stablehlo.add"(%240, %123) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %243 = "stablehlo.constant"() {value = dense<4> : tensor<ui32>} : () -> tensor<ui32>
    %244 = "stablehlo.broadcast_in_dim"(%243) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %245 = "stablehlo.add"(%242, %244) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %246 = "stablehlo.add"(%241, %245) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %247 = "stablehlo.shift_left"(%245, %128) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %248 = "stablehlo.shift_right_logical"(%245, %131) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %249 = "stablehlo.or"(%247, %248) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %250 = "stablehlo.xor"(%249, %246) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %251 = "stablehlo.add"(%246, %250) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %252 = "stablehlo.shift_left"(%250, %137) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %253 = "stablehlo.shift_right_logical"(%250, %140) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %254 = "stablehlo.or"(%252, %253) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %255 = "stablehlo.xor"(%254, %251) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %256 = "stablehlo.add"(%251, %255) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %257 = "stablehlo.shift_left"(%255, %146) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %258 = "stablehlo.shift_right_logical"(%255, %149) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %259 = "stablehlo.or"(%257, %258) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %260 = "stablehlo.xor"(%259, %256) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %261 = "stablehlo.add"(%256, %260) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %262 = "stablehlo.shift_left"(%260, %149) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %263 = "stablehlo.shift_right_logical"(%260, %146) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %264 = "stablehlo.or"(%262, %263) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %265 = "stablehlo.xor"(%264, %261) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %266 = "stablehlo.add"(%261, %123) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %267 = "stablehlo.add"(%265, %121) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %268 = "stablehlo.constant"() {value = dense<5> : tensor<ui32>} : () -> tensor<ui32>
    %269 = "stablehlo.broadcast_in_dim"(%268) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<1xui32>
    %270 = "stablehlo.add"(%267, %269) : (tensor<1xui32>, tensor<1xui32>) -> tensor<1xui32>
    %271 = "stablehlo.concatenate"(%266, %270) {dimension = 0 : i64} : (tensor<1xui32>, tensor<1xui32>) -> tensor<2xui32>
    %272 = "stablehlo.slice"(%271) {start_indices = array<i64: 0>, limit_indices = array<i64: 2>, strides = array<i64: 1>} : (tensor<2xui32>) -> tensor<2xui32>
    %273 = "stablehlo.broadcast_in_dim"(%188) {broadcast_dimensions = array<i64>} : (tensor<ui32>) -> tensor<2xui32>
    %274 = "stablehlo.shift_right_logical"(%272, %273) : (tensor<2xui32>, tensor<2xui32>) -> tensor<2xui32>
    %275 = "stablehlo.convert"(%274) : (tensor<2xui32>) -> tensor<2xf32>
    %276 = "stablehlo.add"(%275, %50) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    %277 = "stablehlo.constant"() {value = dense<0x33800000> : tensor<2xf32>} : () -> tensor<2xf32>
    %278 = "stablehlo.multiply"(%276, %277) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
    return %45, %55#1, %55#3, %55#2, %278 : tensor<f32>, tensor<2xf32>, tensor<3x2xf32>, tensor<2xf32>, tensor<2xf32>
  }
}
